#include "demoshared.h"
#include "router.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace demo {

namespace {

// What a proxy or load balancer in front of the org sends for 502, 503 and 504: not
// Okta's JSON, which the client must cope with too.
HttpResponse gatewayPage(int status) {
    HttpResponse r;
    r.status = status;
    const QByteArray line = QByteArray::number(status) + ' ' + reasonPhrase(status);
    r.body = "<html><head><title>" + line + "</title></head><body><h1>" + line + "</h1></body></html>\n";
    r.addHeader("Content-Type", "text/html");
    return r;
}

} // namespace

QByteArray Router::answerWithFaults(const HttpRequest &request, HttpResponse &response,
                                    QList<QPair<QByteArray, QByteArray>> &rateHeaders) {
    const FaultOptions faults = m_shared->faultsSnapshot();
    const QString prefix = faults.pathPrefix.isEmpty() ? u"/api/"_s : faults.pathPrefix;
    if (!request.path.startsWith(prefix)) {
        response = route(request);
        return {};
    }
    const quint64 generation = m_shared->faultsGeneration.load();
    if (generation != m_faultsGeneration) {
        m_faultsGeneration = generation;
        m_faultCounter = 0;
    }
    const qint64 n = qint64(++m_faultCounter) - std::max(faults.skipFirst, 0);
    if (n <= 0) {
        response = route(request);
        response.delayMs = faults.slowResponseMs;
        return {};
    }
    auto every = [n](int period) {
        return period > 0 && n % period == 0;
    };
    QByteArray fault;
    if (every(faults.tooManyRequestsEvery)) {
        fault = "429";
        response = oktaError(429, "E0000047", u"API call exceeded rate limit due to too many requests."_s);
        const qint64 reset = QDateTime::currentSecsSinceEpoch() + faults.tooManyRequestsResetSeconds;
        rateHeaders = {{"X-Rate-Limit-Limit", rateHeaders.isEmpty() ? "600" : rateHeaders[0].second},
                       {"X-Rate-Limit-Remaining", "0"},
                       {"X-Rate-Limit-Reset", QByteArray::number(reset)}};
    } else if (every(faults.serverErrorEvery)) {
        fault = "5xx";
        const int status = faults.serverErrorStatus;
        response =
            status == 500 ? oktaError(500, "E0000009", u"Internal Server Error"_s) : gatewayPage(status);
        if (faults.retryAfterSeconds >= 0)
            response.addHeader("Retry-After", QByteArray::number(faults.retryAfterSeconds));
    } else if (every(faults.resetEvery)) {
        fault = "reset";
        response = HttpResponse();
        response.delivery = HttpResponse::Delivery::Reset;
    } else {
        response = route(request);
        if (every(faults.dropMidBodyEvery) && response.body.size() > 1) {
            fault = "short";
            response.delivery = HttpResponse::Delivery::DropMidBody;
        } else if (every(faults.stallEvery) && response.body.size() > 1) {
            fault = "stall";
            response.delivery = HttpResponse::Delivery::Stall;
        } else if (every(faults.malformedJsonEvery)) {
            fault = "malformed";
            response.status = 200;
            response.body = response.body.left(response.body.size() / 2) + "\",{";
        }
    }
    response.delayMs = faults.slowResponseMs;
    if (!fault.isEmpty())
        ++m_shared->faultsInjected;
    return fault;
}

} // namespace demo
