#pragma once

#include <QtGlobal>

namespace demo::names {

// Static word lists the generators draw from. Plain ASCII except where noted, so most
// generated text needs no escaping.

struct City {
    const char *city;
    const char *state;
    const char *country;     // display name, as the System Log writes it
    const char *countryCode; // ISO 3166-1 alpha-2, as user profiles write it
    const char *postalCode;
    double lat;
    double lon;
    quint8 ipFirstOctet; // a plausible public range for that region
};

struct UserAgent {
    const char *raw;
    const char *os;
    const char *browser;
    const char *device;
};

extern const char *const firstNames[];
extern const int firstNameCount;
extern const char *const lastNames[]; // a few carry UTF-8 accents on purpose
extern const int lastNameCount;
extern const char *const departments[];
extern const int departmentCount;
extern const char *const titles[];
extern const int titleCount;
extern const City cities[];
extern const int cityCount;
extern const UserAgent userAgents[];
extern const int userAgentCount;
extern const char *const groupTopics[];
extern const int groupTopicCount;
extern const char *const isps[];
extern const int ispCount;

} // namespace demo::names
