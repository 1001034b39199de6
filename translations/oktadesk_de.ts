<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Main</name>
    <message>
        <source>Native desktop administration for Okta orgs.</source>
        <translation>Native Desktop-Verwaltung für Okta-Orgs.</translation>
    </message>
    <message>
        <source>Start the embedded demo org and connect to it.</source>
        <translation>Die eingebaute Demo-Org starten und sich mit ihr verbinden.</translation>
    </message>
    <message>
        <source>Use the translation for &lt;code&gt;, e.g. de or en.</source>
        <translation>Die Übersetzung für &lt;Code&gt; verwenden, z. B. de oder en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; once it has settled, then quit.</source>
        <translation>Das Hauptfenster als PNG in &lt;Datei&gt; speichern, sobald es fertig aufgebaut ist, und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Connect to the Okta org &lt;domain&gt;.</source>
        <translation>Mit der Okta-Org &lt;Domain&gt; verbinden.</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Open the saved profile &lt;name&gt;.</source>
        <translation>Das gespeicherte Profil &lt;Name&gt; öffnen.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht nach %1 geschrieben werden.</translation>
    </message>
    <message>
        <source>The demo org could not start: %1</source>
        <translation>Die Demo-Org konnte nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>okta::AdminAccountsJob</name>
    <message>
        <source>There is no connection to ask.</source>
        <translation>Es gibt keine Verbindung, die gefragt werden könnte.</translation>
    </message>
</context>
<context>
    <name>okta::AdminRole</name>
    <message>
        <source>Okta&apos;s list of admin roles is not valid JSON (%1 at byte %2).</source>
        <translation>Die Liste der Administratorrollen von Okta ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Okta&apos;s answer about admin roles is not a list.</source>
        <translation>Die Antwort von Okta zu den Administratorrollen ist keine Liste.</translation>
    </message>
    <message>
        <source>Okta&apos;s list of admin roles holds an entry that is not a role.</source>
        <translation>Die Liste der Administratorrollen von Okta enthält einen Eintrag, der keine Rolle ist.</translation>
    </message>
</context>
<context>
    <name>okta::BrowserSignIn</name>
    <message>
        <source>No org connection is set up.</source>
        <translation>Es ist keine Org-Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>OktaDesk received the sign-in. You can close this tab.</source>
        <translation>OktaDesk hat die Anmeldung erhalten. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>OktaDesk could not complete the sign-in. Return to OktaDesk for details.</source>
        <translation>OktaDesk konnte die Anmeldung nicht abschließen. Details finden Sie in OktaDesk.</translation>
    </message>
    <message>
        <source>The browser came back without an authorization code.</source>
        <translation>Der Browser kam ohne Autorisierungscode zurück.</translation>
    </message>
    <message>
        <source>Okta&apos;s token response carried no access token.</source>
        <translation>Die Token-Antwort von Okta enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>Okta says: %1</source>
        <translation>Okta meldet: %1</translation>
    </message>
    <message>
        <source>OktaDesk could not listen on 127.0.0.1 port %1 for the sign-in redirect: another program is probably using that port. Close that program, or choose another port and register its redirect URI (http://127.0.0.1:PORT/callback) on the app.</source>
        <translation>OktaDesk konnte für die Anmelde-Weiterleitung nicht auf 127.0.0.1 Port %1 lauschen: Vermutlich verwendet ein anderes Programm diesen Port. Schließen Sie dieses Programm oder wählen Sie einen anderen Port und registrieren Sie dessen Weiterleitungs-URI (http://127.0.0.1:PORT/callback) bei der App.</translation>
    </message>
    <message>
        <source>(any)</source>
        <translation>(beliebig)</translation>
    </message>
    <message>
        <source>Okta denied access: consent was refused, or the account is not assigned to the app. Assign the account to the app in the Okta Admin Console (Applications → the app → Assignments), then sign in again.</source>
        <translation>Okta hat den Zugriff verweigert: Die Zustimmung wurde abgelehnt oder das Konto ist der App nicht zugewiesen. Weisen Sie das Konto in der Okta Admin Console der App zu (Applications → die App → Assignments) und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>Okta refused the requested scopes. Grant them to the app first (its Okta API Scopes tab; a super admin must do it), then sign in again.</source>
        <translation>Okta hat die angeforderten Scopes verweigert. Gewähren Sie sie zuerst der App (auf ihrem Tab „Okta API Scopes“; das muss ein Super-Admin tun) und melden Sie sich dann erneut an.</translation>
    </message>
    <message>
        <source>The authorization code expired or was already used (it is valid for 5 minutes, once). Start the sign-in again.</source>
        <translation>Der Autorisierungscode ist abgelaufen oder wurde bereits verwendet (er gilt einmalig für 5 Minuten). Starten Sie die Anmeldung erneut.</translation>
    </message>
    <message>
        <source>Okta did not accept the client ID or client secret. Copy both again from the app in the Okta Admin Console and retry.</source>
        <translation>Okta hat die Client-ID oder das Client-Secret nicht akzeptiert. Kopieren Sie beide erneut aus der App in der Okta Admin Console und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>OktaDesk could not reach Okta to finish the sign-in.</source>
        <translation>OktaDesk konnte Okta nicht erreichen, um die Anmeldung abzuschließen.</translation>
    </message>
    <message>
        <source>OktaDesk could not reach Okta to finish the sign-in: %1</source>
        <translation>OktaDesk konnte Okta nicht erreichen, um die Anmeldung abzuschließen: %1</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No sign-in came back from the browser in time. Start the sign-in again, and finish it in the browser within 5 minutes.</source>
        <translation>Vom Browser kam nicht rechtzeitig eine Anmeldung zurück. Starten Sie die Anmeldung erneut und schließen Sie sie im Browser innerhalb von 5 Minuten ab.</translation>
    </message>
    <message>
        <source>The sign-in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The sign-in failed: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>This sign-in response does not belong to OktaDesk&apos;s current sign-in, so it was ignored. Use the newest OktaDesk sign-in tab.</source>
        <translation>Diese Anmeldeantwort gehört nicht zur aktuellen Anmeldung von OktaDesk und wurde daher ignoriert. Verwenden Sie den neuesten Anmelde-Tab von OktaDesk.</translation>
    </message>
    <message>
        <source>A sign-in response that does not belong to this attempt (state mismatch: an old browser tab or a forged link) was ignored. OktaDesk keeps waiting; finish the sign-in in the newest browser tab.</source>
        <translation>Eine Anmeldeantwort, die nicht zu diesem Versuch gehört (state stimmt nicht überein: ein alter Browser-Tab oder ein gefälschter Link), wurde ignoriert. OktaDesk wartet weiter; schließen Sie die Anmeldung im neuesten Browser-Tab ab.</translation>
    </message>
    <message>
        <source>OktaDesk ignored %1 on the sign-in address and keeps waiting for the browser.</source>
        <translation>OktaDesk hat %1 an der Anmeldeadresse ignoriert und wartet weiter auf den Browser.</translation>
    </message>
</context>
<context>
    <name>okta::ErrorMessages</name>
    <message>
        <source>Okta rejected the request as invalid.</source>
        <translation>Okta hat die Anfrage als ungültig abgelehnt.</translation>
    </message>
    <message>
        <source>The signed-in account does not have permission for this action.</source>
        <translation>Das angemeldete Konto hat keine Berechtigung für diese Aktion.</translation>
    </message>
    <message>
        <source>Okta could not find that object; it may have been deleted.</source>
        <translation>Okta konnte dieses Objekt nicht finden; möglicherweise wurde es gelöscht.</translation>
    </message>
    <message>
        <source>Okta had an internal error or the query timed out; try a narrower query.</source>
        <translation>Bei Okta ist ein interner Fehler aufgetreten oder die Abfrage hat zu lange gedauert; versuchen Sie eine engere Abfrage.</translation>
    </message>
    <message>
        <source>This feature is not enabled for the org.</source>
        <translation>Diese Funktion ist für die Org nicht aktiviert.</translation>
    </message>
    <message>
        <source>The user is already active.</source>
        <translation>Der Benutzer ist bereits aktiv.</translation>
    </message>
    <message>
        <source>Okta does not support this operation on that endpoint.</source>
        <translation>Okta unterstützt diese Operation auf diesem Endpunkt nicht.</translation>
    </message>
    <message>
        <source>Okta does not support this search criterion.</source>
        <translation>Okta unterstützt dieses Suchkriterium nicht.</translation>
    </message>
    <message>
        <source>This operation is not allowed in the user&apos;s current status.</source>
        <translation>Diese Operation ist im aktuellen Status des Benutzers nicht erlaubt.</translation>
    </message>
    <message>
        <source>The org&apos;s API rate limit was exceeded.</source>
        <translation>Das API-Ratenlimit der Org wurde überschritten.</translation>
    </message>
    <message>
        <source>Okta could not parse the filter expression.</source>
        <translation>Okta konnte den Filterausdruck nicht verarbeiten.</translation>
    </message>
    <message>
        <source>An attribute is set by a profile mapping and cannot be changed here.</source>
        <translation>Ein Attribut wird durch eine Profilzuordnung gesetzt und kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>A target count limit was reached.</source>
        <translation>Eine Obergrenze für die Anzahl der Ziele wurde erreicht.</translation>
    </message>
    <message>
        <source>A password is required to force a password change at next login.</source>
        <translation>Um eine Passwortänderung bei der nächsten Anmeldung zu erzwingen, ist ein Passwort erforderlich.</translation>
    </message>
    <message>
        <source>Forcing a password change needs the user to be activated.</source>
        <translation>Um eine Passwortänderung zu erzwingen, muss der Benutzer aktiviert sein.</translation>
    </message>
    <message>
        <source>Admin roles can only be assigned to service apps.</source>
        <translation>Administratorrollen können nur Service-Apps zugewiesen werden.</translation>
    </message>
    <message>
        <source>Okta rejected the request (HTTP 400).</source>
        <translation>Okta hat die Anfrage abgelehnt (HTTP 400).</translation>
    </message>
    <message>
        <source>Okta did not accept the credentials (HTTP 401); reauthorize the profile.</source>
        <translation>Okta hat die Anmeldedaten nicht akzeptiert (HTTP 401); autorisieren Sie das Profil erneut.</translation>
    </message>
    <message>
        <source>The account or token lacks permission for this action (HTTP 403).</source>
        <translation>Dem Konto oder Token fehlt die Berechtigung für diese Aktion (HTTP 403).</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the object or endpoint does not exist in this org.</source>
        <translation>Nicht gefunden (HTTP 404): Das Objekt oder der Endpunkt existiert in dieser Org nicht.</translation>
    </message>
    <message>
        <source>Okta does not allow this method on that endpoint (HTTP 405).</source>
        <translation>Okta erlaubt diese Methode auf diesem Endpunkt nicht (HTTP 405).</translation>
    </message>
    <message>
        <source>Okta requires a Content-Length on this request (HTTP 411).</source>
        <translation>Okta verlangt für diese Anfrage eine Content-Length (HTTP 411).</translation>
    </message>
    <message>
        <source>The org&apos;s API rate limit was exceeded (HTTP 429).</source>
        <translation>Das API-Ratenlimit der Org wurde überschritten (HTTP 429).</translation>
    </message>
    <message>
        <source>Okta had a server error (HTTP %1); try again shortly.</source>
        <translation>Bei Okta ist ein Serverfehler aufgetreten (HTTP %1); versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Okta answered with HTTP status %1.</source>
        <translation>Okta hat mit HTTP-Status %1 geantwortet.</translation>
    </message>
    <message>
        <source>The authorization code or refresh token is invalid or expired; sign in again.</source>
        <translation>Der Autorisierungscode oder das Aktualisierungstoken ist ungültig oder abgelaufen; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Okta did not accept the client ID or client secret.</source>
        <translation>Okta hat die Client-ID oder das Client-Secret nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Okta refused the requested scopes; grant them to the app first.</source>
        <translation>Okta hat die angeforderten Scopes verweigert; gewähren Sie sie zuerst der App.</translation>
    </message>
    <message>
        <source>Access was denied: consent was refused or the account is not assigned to the app.</source>
        <translation>Zugriff verweigert: Die Zustimmung wurde abgelehnt oder das Konto ist der App nicht zugewiesen.</translation>
    </message>
    <message>
        <source>The app is not allowed to use this grant type.</source>
        <translation>Die App darf diesen Grant-Typ nicht verwenden.</translation>
    </message>
    <message>
        <source>Okta does not support this grant type for the app.</source>
        <translation>Okta unterstützt diesen Grant-Typ für die App nicht.</translation>
    </message>
    <message>
        <source>Okta rejected the sign-in request as malformed.</source>
        <translation>Okta hat die Anmeldeanfrage als fehlerhaft abgelehnt.</translation>
    </message>
    <message>
        <source>The app requires DPoP-bound tokens, which this connection does not use.</source>
        <translation>Die App verlangt DPoP-gebundene Tokens, die diese Verbindung nicht verwendet.</translation>
    </message>
    <message>
        <source>Okta refused the request (%1).</source>
        <translation>Okta hat die Anfrage verweigert (%1).</translation>
    </message>
    <message>
        <source>Okta says: %1</source>
        <translation>Okta meldet: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The request was not sent because it is invalid.</source>
        <translation>Die Anfrage wurde nicht gesendet, weil sie ungültig ist.</translation>
    </message>
    <message>
        <source>The org&apos;s host name could not be found (DNS). Check the domain.</source>
        <translation>Der Hostname der Org wurde nicht gefunden (DNS). Prüfen Sie die Domain.</translation>
    </message>
    <message>
        <source>The connection was refused by %1.</source>
        <translation>Die Verbindung wurde von %1 abgelehnt.</translation>
    </message>
    <message>
        <source>The connection was closed before the response was complete; the data received so far is kept.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war; die bisher empfangenen Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>The network proxy could not be used (%1).</source>
        <translation>Der Netzwerk-Proxy konnte nicht verwendet werden (%1).</translation>
    </message>
    <message>
        <source>Network error: %1</source>
        <translation>Netzwerkfehler: %1</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: %2</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Okta did not answer in time; try again or narrow the query.</source>
        <translation>Okta hat nicht rechtzeitig geantwortet; versuchen Sie es erneut oder grenzen Sie die Abfrage ein.</translation>
    </message>
    <message numerus="yes">
        <source>The org&apos;s API rate limit was still exceeded after %n attempt(s); try again later.</source>
        <translation>
            <numerusform>Das API-Ratenlimit der Org war auch nach %n Versuch noch überschritten; versuchen Sie es später erneut.</numerusform>
            <numerusform>Das API-Ratenlimit der Org war auch nach %n Versuchen noch überschritten; versuchen Sie es später erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (HTTP %1); the data received so far is kept.</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (HTTP %1); die bisher empfangenen Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>The token lacks the scope %1: grant it to the app, then reauthorize.</source>
        <translation>Dem Token fehlt der Scope %1: Gewähren Sie ihn der App und autorisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>(Request ID %1)</source>
        <translation>(Anfrage-ID %1)</translation>
    </message>
    <message>
        <source>%1 answered, but its OpenID configuration names no issuer, so it is not an Okta org.</source>
        <translation>%1 hat geantwortet, aber seine OpenID-Konfiguration nennt keinen Issuer; es ist also keine Okta-Org.</translation>
    </message>
    <message>
        <source>The host name %1 could not be found (DNS). Check the spelling of the domain and your network connection.</source>
        <translation>Der Hostname %1 wurde nicht gefunden (DNS). Prüfen Sie die Schreibweise der Domain und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>OktaDesk could not connect to %1: %2</source>
        <translation>OktaDesk konnte keine Verbindung zu %1 herstellen: %2</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed (TLS): %2. A wrong domain or a proxy that inspects traffic can cause this.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen (TLS): %2. Ursache kann eine falsche Domain oder ein Proxy sein, der den Datenverkehr untersucht.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check the domain and your network connection.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie die Domain und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>%1 answered, but it is not an Okta org: it has no OpenID configuration (HTTP %2).</source>
        <translation>%1 hat geantwortet, ist aber keine Okta-Org: Es hat keine OpenID-Konfiguration (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 answered, but not with an OpenID configuration, so it is not an Okta org.</source>
        <translation>%1 hat geantwortet, aber nicht mit einer OpenID-Konfiguration; es ist also keine Okta-Org.</translation>
    </message>
    <message>
        <source>OktaDesk could not check %1: %2</source>
        <translation>OktaDesk konnte %1 nicht prüfen: %2</translation>
    </message>
    <message>
        <source>Okta did not accept the API token. Check that it was copied completely and that it has not expired or been revoked.</source>
        <translation>Okta hat das API-Token nicht akzeptiert. Prüfen Sie, ob es vollständig kopiert wurde und weder abgelaufen noch widerrufen ist.</translation>
    </message>
    <message>
        <source>Okta did not accept the new access token. Sign in again.</source>
        <translation>Okta hat das neue Zugriffstoken nicht akzeptiert. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Okta reports an invalid session (E0000005) for this credential.</source>
        <translation>Okta meldet für diese Anmeldedaten eine ungültige Sitzung (E0000005).</translation>
    </message>
    <message>
        <source>Okta did not accept the API token or access token (E0000011 Invalid token): it is wrong, expired or revoked; reauthorize the profile.</source>
        <translation>Okta hat das API-Token oder Zugriffstoken nicht angenommen (E0000011 Invalid token): Es ist falsch, abgelaufen oder widerrufen; autorisieren Sie das Profil erneut.</translation>
    </message>
    <message>
        <source>The request carried no API token or access token, so Okta answered &quot;Invalid session&quot; (E0000005); sign in again or give an API token.</source>
        <translation>Die Anfrage enthielt kein API-Token und kein Zugriffstoken, daher antwortete Okta mit „Invalid session“ (E0000005); melden Sie sich erneut an oder geben Sie ein API-Token an.</translation>
    </message>
    <message numerus="yes">
        <source>Gave up after %n attempt(s).</source>
        <translation>
            <numerusform>Nach %n Versuch aufgegeben.</numerusform>
            <numerusform>Nach %n Versuchen aufgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
    <message>
        <source>Okta had an internal error or the request timed out (E0000009).</source>
        <translation>Okta hatte einen internen Fehler, oder die Anfrage hat zu lange gedauert (E0000009).</translation>
    </message>
    <message>
        <source>Okta had a server error (HTTP %1).</source>
        <translation>Okta hatte einen Serverfehler (HTTP %1).</translation>
    </message>
    <message>
        <source>The change may have been made at Okta all the same: check it there before trying again.</source>
        <translation>Die Änderung wurde bei Okta womöglich trotzdem vorgenommen: Prüfen Sie sie dort, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>okta::ExportFile</name>
    <message>
        <source>standard output cannot be written: %1</source>
        <translation>die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be completed: %2</source>
        <translation>%1 konnte nicht fertiggestellt werden: %2</translation>
    </message>
</context>
<context>
    <name>okta::ExportJob</name>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <translation>Der Export wurde abgebrochen; %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okta::Footprint</name>
    <message>
        <source>Nothing was created in the org.</source>
        <translation>In der Org wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>The user %1 exists (id %2, status %3).</source>
        <translation>Der Benutzer %1 existiert (ID %2, Status %3).</translation>
    </message>
    <message>
        <source>The user %1 may exist: OktaDesk could not read it back.</source>
        <translation>Der Benutzer %1 existiert vielleicht: OktaDesk konnte ihn nicht zurücklesen.</translation>
    </message>
    <message>
        <source>It holds the admin role %1 (assignment %2).</source>
        <translation>Er hat die Admin-Rolle %1 (Zuweisung %2).</translation>
    </message>
    <message>
        <source>It may hold the admin role %1: OktaDesk could not read its roles back.</source>
        <translation>Er hat vielleicht die Admin-Rolle %1: OktaDesk konnte seine Rollen nicht zurücklesen.</translation>
    </message>
    <message>
        <source>It is assigned to the app “%1”.</source>
        <translation>Er ist der App „%1“ zugewiesen.</translation>
    </message>
    <message>
        <source>It may be assigned to the app “%1”: OktaDesk could not read the assignment back.</source>
        <translation>Er ist vielleicht der App „%1“ zugewiesen: OktaDesk konnte die Zuweisung nicht zurücklesen.</translation>
    </message>
</context>
<context>
    <name>okta::GroupAttributeApplyJob</name>
    <message>
        <source>There is no connection to send the update through.</source>
        <translation>Es gibt keine Verbindung, über die die Aktualisierung gesendet werden könnte.</translation>
    </message>
    <message>
        <source>Okta accepted the update, but the group&apos;s %1 reads “%2”.</source>
        <translation>Okta hat die Aktualisierung angenommen, aber %1 der Gruppe lautet „%2“.</translation>
    </message>
</context>
<context>
    <name>okta::GroupAttributeChange</name>
    <message>
        <source>Update</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Already set</source>
        <translation>Bereits gesetzt</translation>
    </message>
    <message>
        <source>Skipped: app group</source>
        <translation>Übersprungen: App-Gruppe</translation>
    </message>
    <message>
        <source>Skipped: built-in group</source>
        <translation>Übersprungen: eingebaute Gruppe</translation>
    </message>
    <message>
        <source>An app group&apos;s profile belongs to the app that imports it; Okta does not let you edit it.</source>
        <translation>Das Profil einer App-Gruppe gehört der App, die sie importiert; Okta lässt es nicht bearbeiten.</translation>
    </message>
    <message>
        <source>Okta does not let anyone edit a built-in group such as Everyone.</source>
        <translation>Okta lässt niemanden eine eingebaute Gruppe wie Everyone bearbeiten.</translation>
    </message>
    <message>
        <source>The group already has this value.</source>
        <translation>Die Gruppe hat diesen Wert bereits.</translation>
    </message>
    <message>
        <source>Will be updated</source>
        <translation>Soll aktualisiert werden</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Already set (read again before the update)</source>
        <translation>Bereits gesetzt (vor der Aktualisierung neu gelesen)</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Not attempted (cancelled)</source>
        <translation>Nicht versucht (abgebrochen)</translation>
    </message>
</context>
<context>
    <name>okta::GroupAttributePlan</name>
    <message numerus="yes">
        <source>%n group(s): </source>
        <translation>
            <numerusform>%n Gruppe: </numerusform>
            <numerusform>%n Gruppen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to update, </source>
        <translation>
            <numerusform>%n zu aktualisieren, </numerusform>
            <numerusform>%n zu aktualisieren, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already set, </source>
        <translation>
            <numerusform>%n bereits gesetzt, </numerusform>
            <numerusform>%n bereits gesetzt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped (app or built-in groups, which Okta does not let you edit)</source>
        <translation>
            <numerusform>%n übersprungen (App- oder eingebaute Gruppen, die Okta nicht bearbeiten lässt)</numerusform>
            <numerusform>%n übersprungen (App- oder eingebaute Gruppen, die Okta nicht bearbeiten lässt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated, </source>
        <translation>
            <numerusform>%n aktualisiert, </numerusform>
            <numerusform>%n aktualisiert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped, </source>
        <translation>
            <numerusform>%n übersprungen, </numerusform>
            <numerusform>%n übersprungen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed, </source>
        <translation>
            <numerusform>%n fehlgeschlagen, </numerusform>
            <numerusform>%n fehlgeschlagen, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not attempted</source>
        <translation>
            <numerusform>%n nicht versucht</numerusform>
            <numerusform>%n nicht versucht</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>okta::GroupAttributePreviewJob</name>
    <message>
        <source>Name the group attribute to set.</source>
        <translation>Geben Sie das zu setzende Gruppenattribut an.</translation>
    </message>
    <message>
        <source>Group names must be unique, so one name cannot be set on several groups.</source>
        <translation>Gruppennamen müssen eindeutig sein; daher kann nicht derselbe Name für mehrere Gruppen gesetzt werden.</translation>
    </message>
    <message>
        <source>The group schema has no attribute “%1”. Add it in the Admin Console first (Directory › Profile Editor › Groups).</source>
        <translation>Das Gruppenschema hat kein Attribut „%1“. Fügen Sie es zuerst in der Admin Console hinzu (Directory › Profile Editor › Groups).</translation>
    </message>
    <message>
        <source>“%1” is read-only in the group schema.</source>
        <translation>„%1“ ist im Gruppenschema schreibgeschützt.</translation>
    </message>
    <message>
        <source>There is no connection to ask.</source>
        <translation>Es gibt keine Verbindung, die gefragt werden könnte.</translation>
    </message>
    <message>
        <source>Name the user (an id or a login) whose groups to change.</source>
        <translation>Geben Sie den Benutzer an (eine ID oder einen Login), dessen Gruppen geändert werden sollen.</translation>
    </message>
    <message>
        <source>The group schema could not be read, so the value is sent as text: %1</source>
        <translation>Das Gruppenschema konnte nicht gelesen werden, daher wird der Wert als Text gesendet: %1</translation>
    </message>
    <message>
        <source>There is no user “%1” in this org.</source>
        <translation>Es gibt keinen Benutzer „%1“ in dieser Org.</translation>
    </message>
</context>
<context>
    <name>okta::KeychainSecretStore</name>
    <message>
        <source>The system keychain reported error %1.</source>
        <translation>Der Schlüsselbund des Systems hat Fehler %1 gemeldet.</translation>
    </message>
    <message>
        <source>A keychain entry needs a name.</source>
        <translation>Ein Schlüsselbundeintrag braucht einen Namen.</translation>
    </message>
    <message>
        <source>macOS Keychain</source>
        <translation>macOS-Schlüsselbund</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Windows-Anmeldeinformationsverwaltung</translation>
    </message>
    <message>
        <source>System keychain (Secret Service)</source>
        <translation>System-Schlüsselbund (Secret Service)</translation>
    </message>
</context>
<context>
    <name>okta::LogColumns</name>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Client IP</source>
        <translation>Client-IP</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>okta::LogExport</name>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Exported to %1 (events: %2).</source>
        <translation>Nach %1 exportiert (Ereignisse: %2).</translation>
    </message>
    <message>
        <source>The export stopped (events written: %1): %2. %3 was not written.</source>
        <translation>Der Export wurde abgebrochen (geschriebene Ereignisse: %1): %2. %3 wurde nicht geschrieben.</translation>
    </message>
</context>
<context>
    <name>okta::LogFields</name>
    <message>
        <source>Event type</source>
        <translation>Ereignistyp</translation>
    </message>
    <message>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <source>Display message</source>
        <translation>Anzeigemeldung</translation>
    </message>
    <message>
        <source>Actor ID</source>
        <translation>Akteur-ID</translation>
    </message>
    <message>
        <source>Actor display name</source>
        <translation>Anzeigename des Akteurs</translation>
    </message>
    <message>
        <source>Actor type</source>
        <translation>Akteurtyp</translation>
    </message>
    <message>
        <source>Actor alternate ID</source>
        <translation>Alternative ID des Akteurs</translation>
    </message>
    <message>
        <source>Target ID</source>
        <translation>Ziel-ID</translation>
    </message>
    <message>
        <source>Target display name</source>
        <translation>Anzeigename des Ziels</translation>
    </message>
    <message>
        <source>Target type</source>
        <translation>Zieltyp</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Client IP address</source>
        <translation>Client-IP-Adresse</translation>
    </message>
</context>
<context>
    <name>okta::LogQuery</name>
    <message>
        <source>The %1 contains “%2” at character %3. Okta accepts only characters that take at most three bytes in UTF-8, so emoji and other supplementary characters cannot be searched for.</source>
        <translation>%1 enthält „%2“ an Zeichen %3. Okta akzeptiert nur Zeichen, die in UTF-8 höchstens drei Bytes belegen; nach Emoji und anderen Zusatzzeichen kann daher nicht gesucht werden.</translation>
    </message>
    <message>
        <source>keyword search</source>
        <translation>Die Stichwortsuche</translation>
    </message>
    <message>
        <source>field name “%1”</source>
        <translation>Der Feldname „%1“</translation>
    </message>
    <message>
        <source>value of field “%1”</source>
        <translation>Der Wert des Felds „%1“</translation>
    </message>
    <message>
        <source>custom filter</source>
        <translation>Der eigene Filter</translation>
    </message>
    <message>
        <source>The page size must be between 0 and %1; it is %2.</source>
        <translation>Die Seitengröße muss zwischen 0 und %1 liegen; sie ist %2.</translation>
    </message>
    <message>
        <source>The keyword search has %1 words; Okta accepts at most %2.</source>
        <translation>Die Stichwortsuche hat %1 Wörter; Okta akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>The keyword “%1” is %2 characters long; Okta accepts at most %3 per keyword.</source>
        <translation>Das Stichwort „%1“ ist %2 Zeichen lang; Okta akzeptiert höchstens %3 pro Stichwort.</translation>
    </message>
    <message>
        <source>The time range starts (%1) after it ends (%2).</source>
        <translation>Der Zeitraum beginnt (%1) nach seinem Ende (%2).</translation>
    </message>
    <message>
        <source>The time range starts more than %1 days ago (%2); Okta refuses such queries, and keeps events for 90 days anyway.</source>
        <translation>Der Zeitraum beginnt vor mehr als %1 Tagen (%2); Okta lehnt solche Abfragen ab und bewahrt Ereignisse ohnehin nur 90 Tage auf.</translation>
    </message>
    <message>
        <source>The field with value “%1” has no attribute name.</source>
        <translation>Das Feld mit dem Wert „%1“ hat keinen Attributnamen.</translation>
    </message>
    <message>
        <source>“%1” is not a valid attribute name: use names such as eventType or client.geographicalContext.country.</source>
        <translation>„%1“ ist kein gültiger Attributname: Verwenden Sie Namen wie eventType oder client.geographicalContext.country.</translation>
    </message>
    <message>
        <source>The custom filter has an error at character %1: %2</source>
        <translation>Der eigene Filter hat einen Fehler an Zeichen %1: %2</translation>
    </message>
    <message>
        <source>Okta cannot filter on “published”; use the time range (since and until) instead.</source>
        <translation>Okta kann nicht nach „published“ filtern; verwenden Sie stattdessen den Zeitraum (since und until).</translation>
    </message>
    <message>
        <source>The time range starts in the future (%1); the System Log has no events there yet.</source>
        <translation>Der Zeitraum beginnt in der Zukunft (%1); dort hat das Systemprotokoll noch keine Ereignisse.</translation>
    </message>
    <message>
        <source>The time range ends in the future (%1); leave the end empty to search up to now.</source>
        <translation>Der Zeitraum endet in der Zukunft (%1); lassen Sie das Ende leer, um bis jetzt zu suchen.</translation>
    </message>
    <message>
        <source>A field match takes KEY=VALUE, not “%1”.</source>
        <translation>Ein Feldvergleich erwartet KEY=VALUE, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>okta::LogSavedSearches</name>
    <message>
        <source>Enter a name for the search.</source>
        <translation>Geben Sie einen Namen für die Suche ein.</translation>
    </message>
</context>
<context>
    <name>okta::LogSearchRequest</name>
    <message>
        <source>“First N” needs a number from 1 to %1.</source>
        <translation>„Erste N“ braucht eine Zahl von 1 bis %1.</translation>
    </message>
</context>
<context>
    <name>okta::LogStream</name>
    <message>
        <source>Not connected to an org.</source>
        <translation>Nicht mit einer Org verbunden.</translation>
    </message>
</context>
<context>
    <name>okta::LogTimeRange</name>
    <message>
        <source>Last 15 minutes</source>
        <translation>Letzte 15 Minuten</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Okta keeps System Log events for %1 days: nothing from before %2 will be found.</source>
        <translation>Okta bewahrt Ereignisse des Systemprotokolls %1 Tage lang auf: Nichts vor %2 wird gefunden.</translation>
    </message>
</context>
<context>
    <name>okta::LoopbackListener</name>
    <message>
        <source>an oversized request</source>
        <translation>eine zu große Anfrage</translation>
    </message>
    <message>
        <source>The request was too large.</source>
        <translation>Die Anfrage war zu groß.</translation>
    </message>
    <message>
        <source>a malformed request</source>
        <translation>eine fehlerhafte Anfrage</translation>
    </message>
    <message>
        <source>This is not a request OktaDesk understands.</source>
        <translation>Diese Anfrage versteht OktaDesk nicht.</translation>
    </message>
    <message>
        <source>a request for another address</source>
        <translation>eine Anfrage für eine andere Adresse</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Nicht gefunden.</translation>
    </message>
    <message>
        <source>a %1 request instead of the browser&apos;s GET</source>
        <translation>eine %1-Anfrage statt des GET des Browsers</translation>
    </message>
    <message>
        <source>Only the browser&apos;s redirect is accepted here.</source>
        <translation>Hier wird nur die Weiterleitung des Browsers angenommen.</translation>
    </message>
</context>
<context>
    <name>okta::MemorySecretStore</name>
    <message>
        <source>A keychain entry needs a name.</source>
        <translation>Ein Schlüsselbundeintrag braucht einen Namen.</translation>
    </message>
    <message>
        <source>Memory (this run only)</source>
        <translation>Arbeitsspeicher (nur für diese Sitzung)</translation>
    </message>
</context>
<context>
    <name>okta::OAuthAuthorizer</name>
    <message>
        <source>The sign-in was replaced.</source>
        <translation>Die Anmeldung wurde ersetzt.</translation>
    </message>
    <message>
        <source>There is no refresh token; sign in again.</source>
        <translation>Es gibt kein Aktualisierungstoken; melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>Okta&apos;s token response carried no access token.</source>
        <translation>Die Token-Antwort von Okta enthielt kein Zugriffstoken.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was revoked; reauthorize the profile to continue.</source>
        <translation>Die Anmeldung ist abgelaufen oder wurde widerrufen; autorisieren Sie das Profil erneut, um fortzufahren.</translation>
    </message>
</context>
<context>
    <name>okta::OktaApi</name>
    <message>
        <source>%1 is granted automatically and cannot be revoked: connections that depend on the app would stop working.</source>
        <translation>%1 wird automatisch gewährt und kann nicht widerrufen werden: Verbindungen, die von der App abhängen, würden sonst nicht mehr funktionieren.</translation>
    </message>
    <message>
        <source>The grant to revoke names no scope or no grant.</source>
        <translation>Die zu widerrufende Berechtigung nennt keinen Scope oder keine Berechtigung.</translation>
    </message>
</context>
<context>
    <name>okta::OktaClient</name>
    <message>
        <source>Refused to follow a link to %1, which is not this org.</source>
        <translation>Einem Link zu %1 wird nicht gefolgt, da er nicht zu dieser Org gehört.</translation>
    </message>
</context>
<context>
    <name>okta::OnboardingJob</name>
    <message>
        <source>Create the user %1</source>
        <translation>Benutzer %1 anlegen</translation>
    </message>
    <message>
        <source>Assign the admin role %1</source>
        <translation>Admin-Rolle %1 zuweisen</translation>
    </message>
    <message>
        <source>Assign the app “%1”</source>
        <translation>App „%1“ zuweisen</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Reading it back…</source>
        <translation>Wird zurückgelesen…</translation>
    </message>
    <message>
        <source>Okta answered with an error: %1 Reading it back: %2</source>
        <translation>Okta antwortete mit einem Fehler: %1 Zurückgelesen: %2</translation>
    </message>
    <message>
        <source>Okta answered with an error: %1 Reading it back failed too: %2</source>
        <translation>Okta antwortete mit einem Fehler: %1 Auch das Zurücklesen schlug fehl: %2</translation>
    </message>
    <message>
        <source>Okta answered that the user was created, but it cannot be read back.</source>
        <translation>Okta meldete den Benutzer als angelegt, aber er lässt sich nicht zurücklesen.</translation>
    </message>
    <message>
        <source>no user has this login, so none was created.</source>
        <translation>Kein Benutzer hat diesen Login, es wurde also keiner angelegt.</translation>
    </message>
    <message>
        <source>Reading the user back failed: %1</source>
        <translation>Das Zurücklesen des Benutzers schlug fehl: %1</translation>
    </message>
    <message>
        <source>Okta is still activating the user (%1)…</source>
        <translation>Okta aktiviert den Benutzer noch (%1)…</translation>
    </message>
    <message>
        <source>The user read back has the login %1, not %2.</source>
        <translation>Der zurückgelesene Benutzer hat den Login %1, nicht %2.</translation>
    </message>
    <message>
        <source>The user exists, but its status is %1 (expected %2).</source>
        <translation>Der Benutzer existiert, hat aber den Status %1 (erwartet: %2).</translation>
    </message>
    <message>
        <source>Created (id %1), status %2: checked by reading the user back by id.</source>
        <translation>Angelegt (ID %1), Status %2: geprüft durch Zurücklesen des Benutzers per ID.</translation>
    </message>
    <message>
        <source>Created (id %1), status %2: Okta sends the activation email. Checked by reading the user back by id.</source>
        <translation>Angelegt (ID %1), Status %2: Okta sendet die Aktivierungs-E-Mail. Geprüft durch Zurücklesen des Benutzers per ID.</translation>
    </message>
    <message>
        <source>Assigned (assignment %1): checked by reading the user&apos;s roles back.</source>
        <translation>Zugewiesen (Zuweisung %1): geprüft durch Zurücklesen der Rollen des Benutzers.</translation>
    </message>
    <message>
        <source>Okta accepted the assignment, but the user&apos;s roles do not show it.</source>
        <translation>Okta hat die Zuweisung angenommen, aber die Rollen des Benutzers zeigen sie nicht.</translation>
    </message>
    <message>
        <source>the user does not hold the role.</source>
        <translation>Der Benutzer hat die Rolle nicht.</translation>
    </message>
    <message>
        <source>Reading the user&apos;s roles back failed: %1</source>
        <translation>Das Zurücklesen der Rollen des Benutzers schlug fehl: %1</translation>
    </message>
    <message>
        <source>Assigned: checked by reading the app&apos;s assignment back.</source>
        <translation>Zugewiesen: geprüft durch Zurücklesen der App-Zuweisung.</translation>
    </message>
    <message>
        <source>Okta accepted the assignment, but the app does not list the user.</source>
        <translation>Okta hat die Zuweisung angenommen, aber die App führt den Benutzer nicht.</translation>
    </message>
    <message>
        <source>the user is not assigned to the app.</source>
        <translation>Der Benutzer ist der App nicht zugewiesen.</translation>
    </message>
    <message>
        <source>Reading the app assignment back failed: %1</source>
        <translation>Das Zurücklesen der App-Zuweisung schlug fehl: %1</translation>
    </message>
    <message>
        <source>Stopped at your request before this step: nothing was sent for it.</source>
        <translation>Auf Ihren Wunsch vor diesem Schritt angehalten: Dafür wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Step %1 (%2) failed: %3</source>
        <translation>Schritt %1 (%2) ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The service account %1 is ready: created, holding %2 and assigned to “%3”, each step checked by reading it back.</source>
        <translation>Das Dienstkonto %1 ist bereit: angelegt, mit %2 und der App „%3“ zugewiesen; jeder Schritt wurde durch Zurücklesen geprüft.</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>Wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>the assignment to “%1”</source>
        <translation>die Zuweisung zu „%1“</translation>
    </message>
    <message>
        <source>the admin role %1</source>
        <translation>die Admin-Rolle %1</translation>
    </message>
    <message>
        <source>the user %1 (deactivated, then deleted)</source>
        <translation>der Benutzer %1 (deaktiviert, dann gelöscht)</translation>
    </message>
    <message>
        <source>Undone, each removal checked by reading it back: %1.</source>
        <translation>Rückgängig gemacht, jede Entfernung durch Zurücklesen geprüft: %1.</translation>
    </message>
    <message>
        <source>The undo stopped before it was complete.</source>
        <translation>Das Rückgängigmachen hat vor dem Ende angehalten.</translation>
    </message>
</context>
<context>
    <name>okta::OnboardingPreflight</name>
    <message>
        <source>Checking that the login %1 is free…</source>
        <translation>Es wird geprüft, ob der Login %1 frei ist…</translation>
    </message>
    <message>
        <source>Looking up the app…</source>
        <translation>Die App wird gesucht…</translation>
    </message>
    <message>
        <source>Checking that the signed-in account is a super admin…</source>
        <translation>Es wird geprüft, ob das angemeldete Konto Super-Admin ist…</translation>
    </message>
    <message>
        <source>No user has the login %1 yet.</source>
        <translation>Noch hat kein Benutzer den Login %1.</translation>
    </message>
    <message>
        <source>A user with the login %1 already exists (id %2, status %3). Choose another login.</source>
        <translation>Ein Benutzer mit dem Login %1 existiert bereits (ID %2, Status %3). Wählen Sie einen anderen Login.</translation>
    </message>
    <message>
        <source>OktaDesk could not check whether the login is free: %1</source>
        <translation>OktaDesk konnte nicht prüfen, ob der Login frei ist: %1</translation>
    </message>
    <message>
        <source>No app was chosen.</source>
        <translation>Es wurde keine App gewählt.</translation>
    </message>
    <message>
        <source>OktaDesk could not list the org&apos;s apps: %1</source>
        <translation>OktaDesk konnte die Apps der Org nicht auflisten: %1</translation>
    </message>
    <message>
        <source>%1 apps are labelled “%2” (ids %3): give the id of the one to use.</source>
        <translation>%1 Apps heißen „%2“ (IDs %3): Geben Sie die ID der gewünschten an.</translation>
    </message>
    <message>
        <source>The app “%1” exists (id %2).</source>
        <translation>Die App „%1“ existiert (ID %2).</translation>
    </message>
    <message>
        <source>The app “%1” (id %2) exists but is inactive: the account cannot sign in through it until it is activated.</source>
        <translation>Die App „%1“ (ID %2) existiert, ist aber inaktiv: Das Konto kann sich erst darüber anmelden, wenn sie aktiviert ist.</translation>
    </message>
    <message>
        <source>No app has the label or id “%1”.</source>
        <translation>Keine App hat die Bezeichnung oder ID „%1“.</translation>
    </message>
    <message>
        <source>The app %1 no longer exists.</source>
        <translation>Die App %1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>OktaDesk could not read the app: %1</source>
        <translation>OktaDesk konnte die App nicht lesen: %1</translation>
    </message>
    <message>
        <source>OktaDesk could not read the signed-in account: %1</source>
        <translation>OktaDesk konnte das angemeldete Konto nicht lesen: %1</translation>
    </message>
    <message>
        <source>The signed-in account %1 is a super admin, so it may assign admin roles.</source>
        <translation>Das angemeldete Konto %1 ist Super-Admin und darf daher Admin-Rollen zuweisen.</translation>
    </message>
    <message>
        <source>The signed-in account %1 is not a super admin; only a super admin may assign admin roles.</source>
        <translation>Das angemeldete Konto %1 ist kein Super-Admin; nur ein Super-Admin darf Admin-Rollen zuweisen.</translation>
    </message>
    <message>
        <source>OktaDesk could not tell whether %1 is a super admin (%2); the role step fails if it is not.</source>
        <translation>OktaDesk konnte nicht feststellen, ob %1 Super-Admin ist (%2); falls nicht, schlägt der Rollenschritt fehl.</translation>
    </message>
</context>
<context>
    <name>okta::OnboardingUndo</name>
    <message>
        <source>Removing the app assignment…</source>
        <translation>Die App-Zuweisung wird entfernt…</translation>
    </message>
    <message>
        <source>Removing the app assignment failed: %1</source>
        <translation>Das Entfernen der App-Zuweisung schlug fehl: %1</translation>
    </message>
    <message>
        <source>Okta accepted the removal, but the app still lists the user.</source>
        <translation>Okta hat das Entfernen angenommen, aber die App führt den Benutzer noch.</translation>
    </message>
    <message>
        <source>Checking the app assignment&apos;s removal failed: %1</source>
        <translation>Die Prüfung, ob die App-Zuweisung entfernt ist, schlug fehl: %1</translation>
    </message>
    <message>
        <source>Removed: the app no longer lists the user (read back).</source>
        <translation>Entfernt: Die App führt den Benutzer nicht mehr (zurückgelesen).</translation>
    </message>
    <message>
        <source>Removing the admin role…</source>
        <translation>Die Admin-Rolle wird entfernt…</translation>
    </message>
    <message>
        <source>Reading the user&apos;s roles failed: %1</source>
        <translation>Das Lesen der Rollen des Benutzers schlug fehl: %1</translation>
    </message>
    <message>
        <source>Nothing to remove: the user holds no such role.</source>
        <translation>Nichts zu entfernen: Der Benutzer hat keine solche Rolle.</translation>
    </message>
    <message>
        <source>Removing the admin role failed: %1</source>
        <translation>Das Entfernen der Admin-Rolle schlug fehl: %1</translation>
    </message>
    <message>
        <source>Okta accepted the removal, but the user still holds the role.</source>
        <translation>Okta hat das Entfernen angenommen, aber der Benutzer hat die Rolle noch.</translation>
    </message>
    <message>
        <source>Checking the role&apos;s removal failed: %1</source>
        <translation>Die Prüfung, ob die Rolle entfernt ist, schlug fehl: %1</translation>
    </message>
    <message>
        <source>Removed: the user&apos;s roles no longer include it (read back).</source>
        <translation>Entfernt: Die Rollen des Benutzers enthalten sie nicht mehr (zurückgelesen).</translation>
    </message>
    <message>
        <source>Deactivating the user…</source>
        <translation>Der Benutzer wird deaktiviert…</translation>
    </message>
    <message>
        <source>Looking the user up failed: %1</source>
        <translation>Das Nachschlagen des Benutzers schlug fehl: %1</translation>
    </message>
    <message>
        <source>Nothing to remove: no user has this login.</source>
        <translation>Nichts zu entfernen: Kein Benutzer hat diesen Login.</translation>
    </message>
    <message>
        <source>Deactivating the user failed: %1</source>
        <translation>Das Deaktivieren des Benutzers schlug fehl: %1</translation>
    </message>
    <message>
        <source>Deleting the user…</source>
        <translation>Der Benutzer wird gelöscht…</translation>
    </message>
    <message>
        <source>The user is deactivated, but deleting it failed: %1</source>
        <translation>Der Benutzer ist deaktiviert, aber das Löschen schlug fehl: %1</translation>
    </message>
    <message>
        <source>Okta accepted the deletion, but the user can still be read (status %1).</source>
        <translation>Okta hat das Löschen angenommen, aber der Benutzer lässt sich noch lesen (Status %1).</translation>
    </message>
    <message>
        <source>Checking the user&apos;s deletion failed: %1</source>
        <translation>Die Prüfung, ob der Benutzer gelöscht ist, schlug fehl: %1</translation>
    </message>
    <message>
        <source>Deactivated and deleted: reading the user by id answers “not found”.</source>
        <translation>Deaktiviert und gelöscht: Das Lesen des Benutzers per ID ergibt „nicht gefunden“.</translation>
    </message>
</context>
<context>
    <name>okta::OrgBinding</name>
    <message>
        <source>The keychain entry does not say which org it belongs to (it was saved by an older OktaDesk or by another program), so OktaDesk will not send it anywhere. Reauthorize the profile, or add it again.</source>
        <translation>Der Schlüsselbundeintrag gibt nicht an, zu welcher Org er gehört (er wurde von einer älteren OktaDesk-Version oder einem anderen Programm gespeichert), daher sendet OktaDesk ihn nirgendwohin. Autorisieren Sie das Profil erneut oder fügen Sie es neu hinzu.</translation>
    </message>
    <message>
        <source>another org</source>
        <translation>eine andere Org</translation>
    </message>
    <message>
        <source>The profile&apos;s settings name %1, but its secrets in the keychain belong to %2. OktaDesk will not send them to %1. If the settings were changed on purpose, add the profile again for that org.</source>
        <translation>Die Einstellungen des Profils nennen %1, aber seine Geheimnisse im Schlüsselbund gehören zu %2. OktaDesk sendet sie nicht an %1. Wurden die Einstellungen absichtlich geändert, fügen Sie das Profil für diese Org erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>okta::OrgCheck</name>
    <message>
        <source>Waiting for you to finish typing…</source>
        <translation>Warte, bis Sie mit der Eingabe fertig sind…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Okta org found. Issuer: %1</source>
        <translation>Okta-Org gefunden. Issuer: %1</translation>
    </message>
</context>
<context>
    <name>okta::OrgDomain</name>
    <message>
        <source>“%1” has an empty part between dots.</source>
        <translation>„%1“ hat einen leeren Teil zwischen zwei Punkten.</translation>
    </message>
    <message>
        <source>“%1” is longer than %2 characters; parts of a domain name are at most %2.</source>
        <translation>„%1“ ist länger als %2 Zeichen; Teile eines Domainnamens haben höchstens %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be part of a domain name; use only letters, digits, hyphens and dots.</source>
        <translation>„%1“ kann nicht Teil eines Domainnamens sein; verwenden Sie nur Buchstaben, Ziffern, Bindestriche und Punkte.</translation>
    </message>
    <message>
        <source>“%1” starts or ends with a hyphen, which a domain name cannot.</source>
        <translation>„%1“ beginnt oder endet mit einem Bindestrich, was in einem Domainnamen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>“%1” is an internationalised (punycode) name. Okta org domains use plain ASCII; this may be a look-alike domain.</source>
        <translation>„%1“ ist ein internationalisierter Name (Punycode). Okta-Org-Domains verwenden reines ASCII; dies könnte eine Doppelgänger-Domain sein.</translation>
    </message>
    <message>
        <source>Enter your Okta domain, such as acme.okta.com.</source>
        <translation>Geben Sie Ihre Okta-Domain ein, etwa acme.okta.com.</translation>
    </message>
    <message>
        <source>The domain cannot contain spaces (character %1).</source>
        <translation>Die Domain darf keine Leerzeichen enthalten (Zeichen %1).</translation>
    </message>
    <message>
        <source>“%1” (U+%2) at character %3 is not an ASCII character. Okta domains use only a–z, 0–9, hyphens and dots; look-alike letters from other alphabets are a phishing trick.</source>
        <translation>„%1“ (U+%2) an Zeichen %3 ist kein ASCII-Zeichen. Okta-Domains verwenden nur a–z, 0–9, Bindestriche und Punkte; ähnlich aussehende Buchstaben aus anderen Alphabeten sind ein Phishing-Trick.</translation>
    </message>
    <message>
        <source>“%1://” is not a web address; enter the domain, such as acme.okta.com.</source>
        <translation>„%1://“ ist keine Webadresse; geben Sie die Domain ein, etwa acme.okta.com.</translation>
    </message>
    <message>
        <source>The IPv6 address has no closing “]”.</source>
        <translation>Der IPv6-Adresse fehlt die schließende „]“.</translation>
    </message>
    <message>
        <source>Unexpected “%1” after the IPv6 address.</source>
        <translation>Unerwartetes „%1“ nach der IPv6-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a valid port number.</source>
        <translation>„%1“ ist keine gültige Portnummer.</translation>
    </message>
    <message>
        <source>No domain found in “%1”; enter one such as acme.okta.com.</source>
        <translation>In „%1“ wurde keine Domain gefunden; geben Sie eine ein, etwa acme.okta.com.</translation>
    </message>
    <message>
        <source>Paste only the domain (such as acme.okta.com), without the page address “%1”.</source>
        <translation>Fügen Sie nur die Domain ein (etwa acme.okta.com), ohne die Seitenadresse „%1“.</translation>
    </message>
    <message>
        <source>The user name in the address was ignored; OktaDesk asks for credentials separately.</source>
        <translation>Der Benutzername in der Adresse wurde ignoriert; OktaDesk fragt die Anmeldedaten separat ab.</translation>
    </message>
    <message>
        <source>Remove “%1@” from the address; OktaDesk asks for credentials separately.</source>
        <translation>Entfernen Sie „%1@“ aus der Adresse; OktaDesk fragt die Anmeldedaten separat ab.</translation>
    </message>
    <message>
        <source>“%1” is an IP address, not an Okta domain; enter the org&apos;s domain name, such as acme.okta.com.</source>
        <translation>„%1“ ist eine IP-Adresse, keine Okta-Domain; geben Sie den Domainnamen der Org ein, etwa acme.okta.com.</translation>
    </message>
    <message>
        <source>Remove the port “:%1”; Okta orgs are served on the standard HTTPS port.</source>
        <translation>Entfernen Sie den Port „:%1“; Okta-Orgs laufen auf dem Standard-HTTPS-Port.</translation>
    </message>
    <message>
        <source>The domain is longer than %1 characters.</source>
        <translation>Die Domain ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a full domain name; Okta domains look like %1.okta.com.</source>
        <translation>„%1“ ist kein vollständiger Domainname; Okta-Domains sehen aus wie %1.okta.com.</translation>
    </message>
    <message>
        <source>“%1” looks like an IP address, not an Okta domain.</source>
        <translation>„%1“ sieht wie eine IP-Adresse aus, nicht wie eine Okta-Domain.</translation>
    </message>
    <message>
        <source>%1 is Okta&apos;s own domain; enter your org&apos;s domain, such as acme.%1.</source>
        <translation>%1 ist die Domain von Okta selbst; geben Sie die Domain Ihrer Org ein, etwa acme.%1.</translation>
    </message>
    <message>
        <source>“%1” is not an Okta domain: it belongs to %2. Continue only if %2 is your organisation&apos;s own custom domain.</source>
        <translation>„%1“ ist keine Okta-Domain: Sie gehört zu %2. Fahren Sie nur fort, wenn %2 die eigene benutzerdefinierte Domain Ihrer Organisation ist.</translation>
    </message>
    <message>
        <source>“%1” looks like an Admin Console address. If it is, enter the domain without “-admin”.</source>
        <translation>„%1“ sieht wie eine Adresse der Admin Console aus. Falls ja, geben Sie die Domain ohne „-admin“ ein.</translation>
    </message>
    <message>
        <source>Write an IPv6 address in brackets, such as [::1]:8080.</source>
        <translation>Schreiben Sie eine IPv6-Adresse in eckigen Klammern, etwa [::1]:8080.</translation>
    </message>
</context>
<context>
    <name>okta::OrgUrl</name>
    <message>
        <source>&quot;%1&quot; is not a valid org URL.</source>
        <translation>„%1“ ist keine gültige Org-URL.</translation>
    </message>
    <message>
        <source>The org URL must not contain a user name or password.</source>
        <translation>Die Org-URL darf keinen Benutzernamen und kein Passwort enthalten.</translation>
    </message>
    <message>
        <source>The org URL must not contain a path (%1).</source>
        <translation>Die Org-URL darf keinen Pfad enthalten (%1).</translation>
    </message>
    <message>
        <source>The org URL must not contain a query or fragment.</source>
        <translation>Die Org-URL darf weder Abfrage noch Fragment enthalten.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for the local demo org; %1 needs https://.</source>
        <translation>Unverschlüsseltes http:// ist nur für die lokale Demo-Org erlaubt; %1 braucht https://.</translation>
    </message>
    <message>
        <source>Unsupported scheme &quot;%1&quot;; use https://.</source>
        <translation>Nicht unterstütztes Schema „%1“; verwenden Sie https://.</translation>
    </message>
    <message>
        <source>Okta orgs do not use a custom port (%1).</source>
        <translation>Okta-Orgs verwenden keinen eigenen Port (%1).</translation>
    </message>
</context>
<context>
    <name>okta::ProfileRemover</name>
    <message>
        <source>The profile was kept, because its tokens could not be revoked at Okta: %1 Try again when the org can be reached, or remove the profile anyway; its tokens then stay valid at Okta until they expire or are revoked in the Admin Console.</source>
        <translation>Das Profil wurde behalten, weil seine Tokens bei Okta nicht widerrufen werden konnten: %1 Versuchen Sie es erneut, wenn die Org erreichbar ist, oder entfernen Sie das Profil trotzdem; seine Tokens bleiben dann bei Okta gültig, bis sie ablaufen oder in der Admin Console widerrufen werden.</translation>
    </message>
</context>
<context>
    <name>okta::ProfileSave</name>
    <message>
        <source>New org</source>
        <translation>Neue Org</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>A profile named “%1” already exists. Choose another name.</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>There is no profile storage.</source>
        <translation>Es gibt keinen Profilspeicher.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Saving the secrets to %1…</source>
        <translation>Die Geheimnisse werden in %1 gespeichert…</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The system keychain cannot be used, so nothing was saved. The keychain says: %1</source>
        <translation>Der Schlüsselbund des Systems kann nicht verwendet werden, daher wurde nichts gespeichert. Der Schlüsselbund meldet: %1</translation>
    </message>
    <message>
        <source>Keeping the secrets in memory for this run…</source>
        <translation>Die Geheimnisse werden für diese Sitzung im Arbeitsspeicher gehalten…</translation>
    </message>
    <message>
        <source>Connected for this run only. The secrets are kept in memory and are gone when OktaDesk quits.</source>
        <translation>Nur für diese Sitzung verbunden. Die Geheimnisse liegen im Arbeitsspeicher und sind verschwunden, sobald OktaDesk beendet wird.</translation>
    </message>
    <message>
        <source>Saved. The secrets are in %1.</source>
        <translation>Gespeichert. Die Geheimnisse liegen in %1.</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <source>Org: %1</source>
        <translation>Org: %1</translation>
    </message>
    <message>
        <source>Sign-in: API token (SSWS)</source>
        <translation>Anmeldung: API-Token (SSWS)</translation>
    </message>
    <message>
        <source>Sign-in: browser, client ID %1, redirect port %2</source>
        <translation>Anmeldung: Browser, Client-ID %1, Weiterleitungs-Port %2</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>Super admin: %1</source>
        <translation>Super-Admin: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Secrets: %1</source>
        <translation>Geheimnisse: %1</translation>
    </message>
    <message>
        <source>Kept in: memory, for this run only</source>
        <translation>Aufbewahrt in: Arbeitsspeicher, nur für diese Sitzung</translation>
    </message>
    <message>
        <source>Kept in: %1</source>
        <translation>Aufbewahrt in: %1</translation>
    </message>
</context>
<context>
    <name>okta::ProfileSchema</name>
    <message>
        <source>Okta&apos;s profile schema is not valid JSON (%1 at byte %2).</source>
        <translation>Das Profilschema von Okta ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Okta&apos;s answer is not a profile schema: it has no definitions.</source>
        <translation>Die Antwort von Okta ist kein Profilschema: Sie enthält keine definitions.</translation>
    </message>
</context>
<context>
    <name>okta::ProfileSecretsJob</name>
    <message>
        <source>client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>refresh token</source>
        <translation>Aktualisierungstoken</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>The keychain was closed before the profile&apos;s secrets were handled.</source>
        <translation>Der Schlüsselbund wurde geschlossen, bevor die Geheimnisse des Profils verarbeitet waren.</translation>
    </message>
    <message>
        <source>The keychain was closed before it answered.</source>
        <translation>Der Schlüsselbund wurde geschlossen, bevor er geantwortet hat.</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>The keychain did not store the %1 (%2). Nothing new was kept for this profile.</source>
        <translation>Der Schlüsselbund hat %1 nicht gespeichert (%2). Für dieses Profil wurde nichts Neues übernommen.</translation>
    </message>
    <message>
        <source>The keychain did not return the %1 (%2).</source>
        <translation>Der Schlüsselbund hat %1 nicht zurückgegeben (%2).</translation>
    </message>
    <message>
        <source>The keychain did not delete the %1 (%2). The profile was kept so you can try again.</source>
        <translation>Der Schlüsselbund hat %1 nicht gelöscht (%2). Das Profil bleibt erhalten, damit Sie es erneut versuchen können.</translation>
    </message>
</context>
<context>
    <name>okta::ProfileSession</name>
    <message>
        <source>The API token of profile &quot;%1&quot; is not in the keychain; add the profile again with a current API token.</source>
        <translation>Das API-Token des Profils „%1“ ist nicht im Schlüsselbund; fügen Sie das Profil mit einem aktuellen API-Token erneut hinzu.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has not signed in yet, or its sign-in is gone from the keychain; reauthorize it.</source>
        <translation>Das Profil „%1“ hat sich noch nicht angemeldet oder seine Anmeldung fehlt im Schlüsselbund; autorisieren Sie es erneut.</translation>
    </message>
    <message>
        <source>The new sign-in tokens could not be saved in the keychain (%1); they are kept for this session only, and the profile may need to be reauthorized next time.</source>
        <translation>Die neuen Anmelde-Tokens konnten nicht im Schlüsselbund gespeichert werden (%1); sie gelten nur für diese Sitzung, und das Profil muss beim nächsten Mal eventuell erneut autorisiert werden.</translation>
    </message>
</context>
<context>
    <name>okta::ProfileStore</name>
    <message>
        <source>Enter a name for the profile.</source>
        <translation>Geben Sie einen Namen für das Profil ein.</translation>
    </message>
    <message>
        <source>A profile with this name already exists. Choose another name.</source>
        <translation>Ein Profil mit diesem Namen existiert bereits. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Enter the org domain, for example acme.okta.com.</source>
        <translation>Geben Sie die Org-Domain ein, zum Beispiel acme.okta.com.</translation>
    </message>
    <message>
        <source>Enter the client ID of the OAuth app.</source>
        <translation>Geben Sie die Client-ID der OAuth-App ein.</translation>
    </message>
    <message>
        <source>This profile no longer exists.</source>
        <translation>Dieses Profil existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The profile could not be saved to the settings file.</source>
        <translation>Das Profil konnte nicht in der Einstellungsdatei gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>okta::QueryCaseRules</name>
    <message>
        <source>Attribute names and values are case-sensitive.</source>
        <translation>Bei Attributnamen und Werten wird Groß- und Kleinschreibung unterschieden.</translation>
    </message>
    <message>
        <source>Attribute names are case-sensitive, values are not.</source>
        <translation>Bei Attributnamen wird Groß- und Kleinschreibung unterschieden, bei Werten nicht.</translation>
    </message>
    <message>
        <source>Not case-sensitive.</source>
        <translation>Groß- und Kleinschreibung spielt keine Rolle.</translation>
    </message>
</context>
<context>
    <name>okta::SchemaAttribute</name>
    <message>
        <source>%1 takes true or false, not “%2”.</source>
        <translation>%1 erwartet true oder false, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 takes a whole number, not “%2”.</source>
        <translation>%1 erwartet eine ganze Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 takes a number, not “%2”.</source>
        <translation>%1 erwartet eine Zahl, nicht „%2“.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 takes a list: a JSON array or items separated by commas.</source>
        <translation>%1 erwartet eine Liste: ein JSON-Array oder durch Kommas getrennte Einträge.</translation>
    </message>
    <message>
        <source>%1 takes one of: %2.</source>
        <translation>%1 erwartet einen der Werte: %2.</translation>
    </message>
</context>
<context>
    <name>okta::ScopeCatalog</name>
    <message>
        <source>App scopes</source>
        <translation>App-Scopes</translation>
    </message>
    <message>
        <source>System Log</source>
        <translation>Systemprotokoll</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Administratorrollen</translation>
    </message>
    <message>
        <source>Create, change and delete %1</source>
        <translation>%1 erstellen, ändern und löschen</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lesen</translation>
    </message>
    <message>
        <source>manage</source>
        <translation>verwalten</translation>
    </message>
    <message>
        <source>OIDC</source>
        <translation>OIDC</translation>
    </message>
    <message>
        <source>Granting and revoking scopes</source>
        <translation>Scopes gewähren und widerrufen</translation>
    </message>
    <message>
        <source>Granting and revoking an app&apos;s scopes changes its grants, which needs okta.appGrants.manage.</source>
        <translation>Das Gewähren und Widerrufen der Scopes einer App ändert ihre Berechtigungen; dafür ist okta.appGrants.manage nötig.</translation>
    </message>
    <message>
        <source>Onboarding service accounts</source>
        <translation>Dienstkonten einrichten</translation>
    </message>
    <message>
        <source>Onboarding a service account creates the user (okta.users.manage), makes it a super admin (okta.roles.manage) and assigns it to the app (okta.apps.manage).</source>
        <translation>Beim Einrichten eines Dienstkontos wird der Benutzer erstellt (okta.users.manage), zum Super-Admin gemacht (okta.roles.manage) und der App zugewiesen (okta.apps.manage).</translation>
    </message>
    <message>
        <source>Updating group attributes</source>
        <translation>Gruppenattribute aktualisieren</translation>
    </message>
    <message>
        <source>Setting an attribute on every group a user belongs to changes those groups&apos; profiles, which needs okta.groups.manage.</source>
        <translation>Ein Attribut für jede Gruppe eines Benutzers zu setzen, ändert die Profile dieser Gruppen; dafür ist okta.groups.manage nötig.</translation>
    </message>
</context>
<context>
    <name>okta::ServiceAccountRequest</name>
    <message>
        <source>Enter the login.</source>
        <translation>Geben Sie den Login ein.</translation>
    </message>
    <message>
        <source>The login must be 5 to 100 characters long.</source>
        <translation>Der Login muss 5 bis 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The login must be in email form, like svc-okta-workflows@example.com.</source>
        <translation>Der Login muss die Form einer E-Mail-Adresse haben, etwa svc-okta-workflows@example.com.</translation>
    </message>
    <message>
        <source>The login contains a character Okta cannot store (such as an emoji).</source>
        <translation>Der Login enthält ein Zeichen, das Okta nicht speichern kann (etwa ein Emoji).</translation>
    </message>
    <message>
        <source>Enter the email address.</source>
        <translation>Geben Sie die E-Mail-Adresse ein.</translation>
    </message>
    <message>
        <source>The email address must be 5 to 100 characters long.</source>
        <translation>Die E-Mail-Adresse muss 5 bis 100 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The email address must be in email form, like it-ops@example.com.</source>
        <translation>Die E-Mail-Adresse muss die Form einer E-Mail-Adresse haben, etwa it-ops@example.com.</translation>
    </message>
    <message>
        <source>The email address contains a character Okta cannot store (such as an emoji).</source>
        <translation>Die E-Mail-Adresse enthält ein Zeichen, das Okta nicht speichern kann (etwa ein Emoji).</translation>
    </message>
    <message>
        <source>Enter the first name.</source>
        <translation>Geben Sie den Vornamen ein.</translation>
    </message>
    <message>
        <source>The first name can have at most 50 characters.</source>
        <translation>Der Vorname darf höchstens 50 Zeichen haben.</translation>
    </message>
    <message>
        <source>The first name contains a character Okta cannot store (such as an emoji).</source>
        <translation>Der Vorname enthält ein Zeichen, das Okta nicht speichern kann (etwa ein Emoji).</translation>
    </message>
    <message>
        <source>Enter the last name.</source>
        <translation>Geben Sie den Nachnamen ein.</translation>
    </message>
    <message>
        <source>The last name can have at most 50 characters.</source>
        <translation>Der Nachname darf höchstens 50 Zeichen haben.</translation>
    </message>
    <message>
        <source>The last name contains a character Okta cannot store (such as an emoji).</source>
        <translation>Der Nachname enthält ein Zeichen, das Okta nicht speichern kann (etwa ein Emoji).</translation>
    </message>
    <message>
        <source>%1 is not a standard Okta admin role; use one of: %2.</source>
        <translation>%1 ist keine Standard-Admin-Rolle von Okta; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Choose the app to assign the account to.</source>
        <translation>Wählen Sie die App, der das Konto zugewiesen wird.</translation>
    </message>
    <message>
        <source>SUPER_ADMIN is the most powerful role in Okta: whoever holds this account&apos;s password can change every user, app, policy and admin in the org, including removing other admins. Okta&apos;s connector guidance requires it for the account that authorizes the Workflows connection. Keep the password in a vault, not in a personal mailbox or a script, and protect sign-ins to the account with MFA.</source>
        <translation>SUPER_ADMIN ist die mächtigste Rolle in Okta: Wer das Passwort dieses Kontos hat, kann jeden Benutzer, jede App, jede Richtlinie und jeden Admin der Org ändern und sogar andere Admins entfernen. Oktas Connector-Leitfaden verlangt sie für das Konto, das die Workflows-Verbindung autorisiert. Bewahren Sie das Passwort in einem Tresor auf, nicht in einem persönlichen Postfach oder einem Skript, und schützen Sie Anmeldungen an dem Konto mit MFA.</translation>
    </message>
    <message>
        <source>The Okta Workflows connection must be authorized by a super admin: an account holding %1 cannot authorize it.</source>
        <translation>Die Okta-Workflows-Verbindung muss von einem Super-Admin autorisiert werden: Ein Konto mit %1 kann sie nicht autorisieren.</translation>
    </message>
    <message>
        <source>Name it for what it does, not for a person: login svc-&lt;purpose&gt;@&lt;your domain&gt; (for example svc-okta-workflows@acme.com), first name the purpose, last name “Service Account”. Use a team mailbox you read for the email address: it receives the activation and password-reset messages.</source>
        <translation>Benennen Sie es nach seiner Aufgabe, nicht nach einer Person: Login svc-&lt;Zweck&gt;@&lt;Ihre Domain&gt; (zum Beispiel svc-okta-workflows@acme.com), Vorname der Zweck, Nachname „Service Account“. Verwenden Sie als E-Mail-Adresse ein Team-Postfach, das Sie lesen: Es erhält die Aktivierungs- und Passwort-Zurücksetzungs-Nachrichten.</translation>
    </message>
</context>
<context>
    <name>okta::SessionFactory</name>
    <message>
        <source>Demo org</source>
        <translation>Demo-Org</translation>
    </message>
</context>
<context>
    <name>okta::SignIn</name>
    <message>
        <source>Check the org domain first.</source>
        <translation>Prüfen Sie zuerst die Org-Domain.</translation>
    </message>
    <message>
        <source>Enter the client ID first.</source>
        <translation>Geben Sie zuerst die Client-ID ein.</translation>
    </message>
    <message>
        <source>Enter the API token first.</source>
        <translation>Geben Sie zuerst das API-Token ein.</translation>
    </message>
    <message>
        <source>The API token will be checked on the next page.</source>
        <translation>Das API-Token wird auf der nächsten Seite geprüft.</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there and allow access; OktaDesk continues on its own.</source>
        <translation>Warte auf den Browser… Melden Sie sich dort an und erlauben Sie den Zugriff; OktaDesk macht dann von selbst weiter.</translation>
    </message>
    <message>
        <source>The browser is back. Fetching the tokens…</source>
        <translation>Der Browser ist zurück. Die Tokens werden abgerufen…</translation>
    </message>
    <message>
        <source>Signed in. Continue to check the account.</source>
        <translation>Angemeldet. Fahren Sie fort, um das Konto zu prüfen.</translation>
    </message>
    <message>
        <source>Starting the sign-in…</source>
        <translation>Die Anmeldung wird gestartet…</translation>
    </message>
</context>
<context>
    <name>okta::TokenReplacement</name>
    <message>
        <source>There is no profile storage.</source>
        <translation>Es gibt keinen Profilspeicher.</translation>
    </message>
    <message>
        <source>The tokens of the earlier sign-in were not revoked, because they could not be read: %1</source>
        <translation>Die Tokens der früheren Anmeldung wurden nicht widerrufen, weil sie nicht gelesen werden konnten: %1</translation>
    </message>
    <message>
        <source>The tokens of the earlier sign-in could not be revoked at Okta, so they stay valid until they expire or are revoked in the Admin Console. %1</source>
        <translation>Die Tokens der früheren Anmeldung konnten bei Okta nicht widerrufen werden und bleiben daher gültig, bis sie ablaufen oder in der Admin Console widerrufen werden. %1</translation>
    </message>
</context>
<context>
    <name>okta::TokenRevoker</name>
    <message>
        <source>No org connection is set up.</source>
        <translation>Es ist keine Org-Verbindung eingerichtet.</translation>
    </message>
    <message>
        <source>The refresh token could not be revoked: %1</source>
        <translation>Das Aktualisierungstoken konnte nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>The access token could not be revoked: %1</source>
        <translation>Das Zugriffstoken konnte nicht widerrufen werden: %1</translation>
    </message>
</context>
<context>
    <name>okta::UserDetailJob</name>
    <message>
        <source>There is no connection to ask.</source>
        <translation>Es gibt keine Verbindung, die gefragt werden könnte.</translation>
    </message>
</context>
<context>
    <name>okta::Verification</name>
    <message>
        <source>Sign in first.</source>
        <translation>Melden Sie sich zuerst an.</translation>
    </message>
    <message>
        <source>Checking who signed in…</source>
        <translation>Es wird geprüft, wer sich angemeldet hat…</translation>
    </message>
    <message>
        <source>Checking the account&apos;s admin roles…</source>
        <translation>Die Administratorrollen des Kontos werden geprüft…</translation>
    </message>
    <message>
        <source>OktaDesk could not read the signed-in account: %1</source>
        <translation>OktaDesk konnte das angemeldete Konto nicht lesen: %1</translation>
    </message>
    <message>
        <source>Signed in, but the account&apos;s admin roles could not be read: %1</source>
        <translation>Angemeldet, aber die Administratorrollen des Kontos konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Signed in as a super admin.</source>
        <translation>Als Super-Admin angemeldet.</translation>
    </message>
    <message>
        <source>Signed in, but the account is not a super admin.</source>
        <translation>Angemeldet, aber das Konto ist kein Super-Admin.</translation>
    </message>
    <message>
        <source>API token: it carries no scopes and inherits the rights of the admin who created it.</source>
        <translation>API-Token: Es trägt keine Scopes und erbt die Rechte des Administrators, der es erstellt hat.</translation>
    </message>
    <message>
        <source>Okta did not say which scopes the token carries.</source>
        <translation>Okta hat nicht mitgeteilt, welche Scopes das Token trägt.</translation>
    </message>
    <message>
        <source>Okta sent no rate-limit figures.</source>
        <translation>Okta hat keine Angaben zum Ratenlimit gesendet.</translation>
    </message>
    <message>
        <source>%1 of %2 requests left in the current window</source>
        <translation>%1 von %2 Anfragen im aktuellen Zeitfenster übrig</translation>
    </message>
    <message>
        <source>%1 (resets at %2).</source>
        <translation>%1 (zurückgesetzt um %2).</translation>
    </message>
</context>
<context>
    <name>okta::WhoAmI</name>
    <message>
        <source>Okta&apos;s answer about the signed-in account is not valid JSON (%1 at byte %2).</source>
        <translation>Die Antwort von Okta zum angemeldeten Konto ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>Okta&apos;s answer about the signed-in account is not a user object.</source>
        <translation>Die Antwort von Okta zum angemeldeten Konto ist kein Benutzerobjekt.</translation>
    </message>
    <message>
        <source>Okta&apos;s answer about the signed-in account carried no id.</source>
        <translation>Die Antwort von Okta zum angemeldeten Konto enthielt keine ID.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>OktaDesk can connect with it, but these will not work: granting or revoking scopes on apps, assigning admin roles, and onboarding service accounts. Sign in with a super admin — preferably a dedicated service account — to use them.</source>
        <translation>OktaDesk kann sich damit verbinden, aber Folgendes funktioniert nicht: Scopes von Apps gewähren oder widerrufen, Administratorrollen zuweisen und Dienstkonten einrichten. Melden Sie sich dafür mit einem Super-Admin an — am besten mit einem eigenen Dienstkonto.</translation>
    </message>
    <message>
        <source>OktaDesk could not tell whether this account is a super admin.</source>
        <translation>OktaDesk konnte nicht feststellen, ob dieses Konto ein Super-Admin ist.</translation>
    </message>
    <message>
        <source>no admin roles</source>
        <translation>keine Administratorrollen</translation>
    </message>
    <message>
        <source>This account is not a super admin (it holds: %1).</source>
        <translation>Dieses Konto ist kein Super-Admin (es hat: %1).</translation>
    </message>
</context>
<context>
    <name>okta::WhoAmIJob</name>
    <message>
        <source>There is no connection to ask.</source>
        <translation>Es besteht keine Verbindung, über die gefragt werden kann.</translation>
    </message>
</context>
<context>
    <name>okta::json</name>
    <message>
        <source>the body is empty</source>
        <translation>der Inhalt ist leer</translation>
    </message>
    <message>
        <source>it is not valid UTF-8</source>
        <translation>er ist kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>a string is not closed</source>
        <translation>eine Zeichenkette ist nicht geschlossen</translation>
    </message>
    <message>
        <source>brackets or commas do not match (a cut-off or garbled body)</source>
        <translation>Klammern oder Kommas passen nicht zusammen (ein abgeschnittener oder verstümmelter Inhalt)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>The body is not valid JSON near byte %1: %2.</source>
        <translation>Der Inhalt ist kein gültiges JSON (bei Byte %1): %2.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1.</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>Expected a list of %1 objects, got %2.</source>
        <translation>Erwartet wurde eine Liste von %1-Objekten, gekommen ist %2.</translation>
    </message>
    <message>
        <source>Element %1 of the list is not a %2 object.</source>
        <translation>Element %1 der Liste ist kein %2-Objekt.</translation>
    </message>
    <message>
        <source>Element %1 of the list is not a %2 object: &quot;%3&quot; has the wrong type.</source>
        <translation>Element %1 der Liste ist kein %2-Objekt: „%3“ hat den falschen Typ.</translation>
    </message>
    <message>
        <source>Element %1 of the list cannot be read: %2.</source>
        <translation>Element %1 der Liste kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: there is more after the list (byte %1).</source>
        <translation>Der Inhalt ist kein gültiges JSON: Nach der Liste folgt noch mehr (Byte %1).</translation>
    </message>
    <message>
        <source>Expected a %1 object, got %2.</source>
        <translation>Erwartet wurde ein %1-Objekt, gekommen ist %2.</translation>
    </message>
    <message>
        <source>The %1 object cannot be read: &quot;%2&quot; has the wrong type.</source>
        <translation>Das %1-Objekt kann nicht gelesen werden: „%2“ hat den falschen Typ.</translation>
    </message>
    <message>
        <source>The %1 object cannot be read: %2.</source>
        <translation>Das %1-Objekt kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>okta::scim::Parser</name>
    <message>
        <source>The filter is empty.</source>
        <translation>Der Filter ist leer.</translation>
    </message>
    <message>
        <source>“)” has no matching “(”.</source>
        <translation>Zu „)“ gibt es kein passendes „(“.</translation>
    </message>
    <message>
        <source>Found %1 after a complete condition; expected “and”, “or” or the end of the filter.</source>
        <translation>%1 nach einer vollständigen Bedingung gefunden; erwartet wurde „and“, „or“ oder das Ende des Filters.</translation>
    </message>
    <message>
        <source>the end of the filter</source>
        <translation>das Ende des Filters</translation>
    </message>
    <message>
        <source>“(”</source>
        <translation>„(“</translation>
    </message>
    <message>
        <source>“)”</source>
        <translation>„)“</translation>
    </message>
    <message>
        <source>the string %1</source>
        <translation>die Zeichenkette %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>The filter is nested too deeply.</source>
        <translation>Der Filter ist zu tief verschachtelt.</translation>
    </message>
    <message>
        <source>The filter ends where a condition was expected.</source>
        <translation>Der Filter endet, wo eine Bedingung erwartet wurde.</translation>
    </message>
    <message>
        <source>Expected a condition such as eventType eq &quot;…&quot;, found %1.</source>
        <translation>Erwartet wurde eine Bedingung wie eventType eq &quot;…&quot;, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>The filter ends after “not”; expected a parenthesised expression.</source>
        <translation>Der Filter endet nach „not“; erwartet wurde ein geklammerter Ausdruck.</translation>
    </message>
    <message>
        <source>“not” must be followed by a parenthesised expression, as in not (a eq &quot;b&quot;).</source>
        <translation>Auf „not“ muss ein geklammerter Ausdruck folgen, etwa not (a eq &quot;b&quot;).</translation>
    </message>
    <message>
        <source>Expected a condition before “%1”.</source>
        <translation>Vor „%1“ wurde eine Bedingung erwartet.</translation>
    </message>
    <message>
        <source>Empty parentheses: expected a condition inside “()”.</source>
        <translation>Leere Klammern: In „()“ wurde eine Bedingung erwartet.</translation>
    </message>
    <message>
        <source>The “(” at position %1 is never closed.</source>
        <translation>Die „(“ an Position %1 wird nie geschlossen.</translation>
    </message>
    <message>
        <source>Expected “)”, “and” or “or”, found %1.</source>
        <translation>Erwartet wurde „)“, „and“ oder „or“, gefunden wurde %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid attribute name (letters, digits, “_” and “-”, with “.” between names).</source>
        <translation>„%1“ ist kein gültiger Attributname (Buchstaben, Ziffern, „_“ und „-“, mit „.“ zwischen Namen).</translation>
    </message>
    <message>
        <source>The filter ends after “%1”; expected an operator.</source>
        <translation>Der Filter endet nach „%1“; erwartet wurde ein Operator.</translation>
    </message>
    <message>
        <source>Expected an operator after “%1”, found %2.</source>
        <translation>Nach „%1“ wurde ein Operator erwartet, gefunden wurde %2.</translation>
    </message>
    <message>
        <source>Unknown operator “%1”; valid operators are eq, ne, sw, ew, co, gt, ge, lt, le and pr.</source>
        <translation>Unbekannter Operator „%1“; gültige Operatoren sind eq, ne, sw, ew, co, gt, ge, lt, le und pr.</translation>
    </message>
    <message>
        <source>Operator “%1” needs a value.</source>
        <translation>Der Operator „%1“ braucht einen Wert.</translation>
    </message>
    <message>
        <source>Operator “%1” needs a value, found %2.</source>
        <translation>Der Operator „%1“ braucht einen Wert, gefunden wurde %2.</translation>
    </message>
    <message>
        <source>“%1” is not a valid number.</source>
        <translation>„%1“ ist keine gültige Zahl.</translation>
    </message>
    <message>
        <source>Expected a value, found “%1”: put text in double quotes, as in &quot;%1&quot;.</source>
        <translation>Erwartet wurde ein Wert, gefunden wurde „%1“: Setzen Sie Text in doppelte Anführungszeichen, etwa &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>A string cannot contain a raw control character or line break; write it as an escape such as \n or \u0009.</source>
        <translation>Eine Zeichenkette darf kein rohes Steuerzeichen und keinen Zeilenumbruch enthalten; schreiben Sie es als Escape-Sequenz wie \n oder \u0009.</translation>
    </message>
    <message>
        <source>The string that starts here is never closed with a double quote.</source>
        <translation>Die hier beginnende Zeichenkette wird nie mit einem doppelten Anführungszeichen geschlossen.</translation>
    </message>
    <message>
        <source>“\%1” is not a valid escape; use \&quot;, \\, \/, \b, \f, \n, \r, \t or \uXXXX.</source>
        <translation>„\%1“ ist keine gültige Escape-Sequenz; verwenden Sie \&quot;, \\, \/, \b, \f, \n, \r, \t oder \uXXXX.</translation>
    </message>
    <message>
        <source>“\u%1” is a low surrogate without a preceding high surrogate.</source>
        <translation>„\u%1“ ist ein Low-Surrogate ohne vorangehendes High-Surrogate.</translation>
    </message>
    <message>
        <source>“\u%1” is a high surrogate that must be followed by a low surrogate escape (\uDC00–\uDFFF).</source>
        <translation>„\u%1“ ist ein High-Surrogate, auf das ein Low-Surrogate-Escape folgen muss (\uDC00–\uDFFF).</translation>
    </message>
    <message>
        <source>“\u” must be followed by exactly four hexadecimal digits.</source>
        <translation>Auf „\u“ müssen genau vier Hexadezimalziffern folgen.</translation>
    </message>
</context>
<context>
    <name>oktadesk::AccessPage</name>
    <message>
        <source>Role and app</source>
        <translation>Rolle und App</translation>
    </message>
    <message>
        <source>What the account may do, and the app it signs in to.</source>
        <translation>Was das Konto darf und an welcher App es sich anmeldet.</translation>
    </message>
    <message>
        <source>%1 (required to authorize the connection)</source>
        <translation>%1 (nötig, um die Verbindung zu autorisieren)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Admin &amp;role:</source>
        <translation>Admin-&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>Loading the org&apos;s apps…</source>
        <translation>Die Apps der Org werden geladen…</translation>
    </message>
    <message>
        <source>The org&apos;s apps could not be loaded: %1</source>
        <translation>Die Apps der Org konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (inactive)</source>
        <translation>%1 (inaktiv)</translation>
    </message>
    <message>
        <source>%1 — id %2</source>
        <translation>%1 — ID %2</translation>
    </message>
    <message>
        <source>This org has no apps to assign the account to.</source>
        <translation>Diese Org hat keine Apps, denen das Konto zugewiesen werden könnte.</translation>
    </message>
    <message>
        <source>This org has no app labelled “%1”; choose the app the connection uses.</source>
        <translation>Diese Org hat keine App mit der Bezeichnung „%1“; wählen Sie die App, die die Verbindung verwendet.</translation>
    </message>
    <message>
        <source>The Okta Workflows connection signs in through “%1”; whoever authorizes it must be assigned to it.</source>
        <translation>Die Okta-Workflows-Verbindung meldet sich über „%1“ an; wer sie autorisiert, muss dieser App zugewiesen sein.</translation>
    </message>
    <message>
        <source>Only the first %1 apps are listed.</source>
        <translation>Nur die ersten %1 Apps werden aufgeführt.</translation>
    </message>
</context>
<context>
    <name>oktadesk::AccountPage</name>
    <message>
        <source>The account</source>
        <translation>Das Konto</translation>
    </message>
    <message>
        <source>Who the service account is, following the naming convention; change what you need.</source>
        <translation>Wer das Dienstkonto ist, nach der Namenskonvention; ändern Sie, was nötig ist.</translation>
    </message>
    <message>
        <source>&amp;Generate a strong password and show it once</source>
        <translation>Starkes Passwort &amp;generieren und einmal anzeigen</translation>
    </message>
    <message>
        <source>Send an &amp;activation email to the email address</source>
        <translation>&amp;Aktivierungs-E-Mail an die E-Mail-Adresse senden</translation>
    </message>
    <message>
        <source>A generated password meets Okta&apos;s default password policy (24 characters of four kinds). OktaDesk shows it once at the end and keeps no copy: have your vault ready. With an activation email the account stays pending until someone opens the link.</source>
        <translation>Ein generiertes Passwort erfüllt Oktas Standard-Passwortrichtlinie (24 Zeichen aus vier Zeichenarten). OktaDesk zeigt es am Ende einmal an und behält keine Kopie: Halten Sie Ihren Tresor bereit. Mit einer Aktivierungs-E-Mail bleibt das Konto ausstehend, bis jemand den Link öffnet.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>La&amp;st name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
</context>
<context>
    <name>oktadesk::ApplyBar</name>
    <message>
        <source>%v of %m</source>
        <translation>%v von %m</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Send no more changes; what was sent is listed again afterwards</source>
        <translation>Keine weiteren Änderungen senden; was gesendet wurde, wird danach neu aufgelistet</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Forget the staged changes</source>
        <translation>Die bereitgestellten Änderungen verwerfen</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>Anwenden…</translation>
    </message>
    <message>
        <source>No changes staged. Check a scope to grant it, uncheck one to revoke it.</source>
        <translation>Keine Änderungen bereitgestellt. Setzen Sie bei einem Scope einen Haken, um ihn zu gewähren, und entfernen Sie ihn, um ihn zu widerrufen.</translation>
    </message>
    <message numerus="yes">
        <source>grant %n</source>
        <translation>
            <numerusform>%n gewähren</numerusform>
            <numerusform>%n gewähren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>revoke %n</source>
        <translation>
            <numerusform>%n widerrufen</numerusform>
            <numerusform>%n widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Staged: %1</source>
        <translation>Bereitgestellt: %1</translation>
    </message>
    <message numerus="yes">
        <source>Applying %n change(s)…</source>
        <translation>
            <numerusform>%n Änderung wird angewendet…</numerusform>
            <numerusform>%n Änderungen werden angewendet…</numerusform>
        </translation>
    </message>
    <message>
        <source>Review the staged changes and send them to Okta</source>
        <translation>Die bereitgestellten Änderungen prüfen und an Okta senden</translation>
    </message>
    <message>
        <source>Turn on granting and revoking scopes first (see above)</source>
        <translation>Schalten Sie zuerst das Gewähren und Widerrufen von Scopes ein (siehe oben)</translation>
    </message>
</context>
<context>
    <name>oktadesk::ApplyConfirmation</name>
    <message>
        <source>Grant %1</source>
        <translation>%1 gewähren</translation>
    </message>
    <message>
        <source>Revoke %1</source>
        <translation>%1 widerrufen</translation>
    </message>
    <message>
        <source>Apply scope changes</source>
        <translation>Scope-Änderungen anwenden</translation>
    </message>
    <message numerus="yes">
        <source>Send %n change(s) to the app “%1”?</source>
        <translation>
            <numerusform>%n Änderung an die App „%1“ senden?</numerusform>
            <numerusform>%n Änderungen an die App „%1“ senden?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Grant %n scope(s) to the app “%1”?</source>
        <translation>
            <numerusform>Der App „%1“ %n Scope gewähren?</numerusform>
            <numerusform>Der App „%1“ %n Scopes gewähren?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n scope(s) from the app “%1”?</source>
        <translation>
            <numerusform>Bei der App „%1“ %n Scope widerrufen?</numerusform>
            <numerusform>Bei der App „%1“ %n Scopes widerrufen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Connections that use the app must be reauthorized to pick up the changes.</source>
        <translation>Verbindungen, die die App verwenden, müssen erneut autorisiert werden, um die Änderungen zu übernehmen.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
</context>
<context>
    <name>oktadesk::BeforeYouStartPage</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>OktaDesk connects to your org the way Okta&apos;s own connectors do. Have these ready.</source>
        <translation>OktaDesk verbindet sich mit Ihrer Org so, wie es die Connectoren von Okta selbst tun. Halten Sie Folgendes bereit.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Your org&apos;s domain&lt;/b&gt;, for example &lt;i&gt;acme.okta.com&lt;/i&gt;. The Admin Console address works too; OktaDesk removes the &lt;i&gt;-admin&lt;/i&gt; part.</source>
        <translation>&lt;b&gt;Die Domain Ihrer Org&lt;/b&gt;, zum Beispiel &lt;i&gt;acme.okta.com&lt;/i&gt;. Die Adresse der Admin Console funktioniert auch; OktaDesk entfernt den Teil &lt;i&gt;-admin&lt;/i&gt;.</translation>
    </message>
    <message>
        <source>&lt;b&gt;An OAuth app for OktaDesk&lt;/b&gt; (OIDC, native or web) with the sign-in redirect URI &lt;i&gt;%1&lt;/i&gt; and the Okta API scopes OktaDesk needs granted to it.</source>
        <translation>&lt;b&gt;Eine OAuth-App für OktaDesk&lt;/b&gt; (OIDC, nativ oder Web) mit der Anmelde-Weiterleitungs-URI &lt;i&gt;%1&lt;/i&gt;, der die Okta-API-Scopes gewährt sind, die OktaDesk braucht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Its client ID and client secret.&lt;/b&gt; In the Admin Console go to Applications → Applications, open the OAuth app, and copy both from its &lt;b&gt;Sign On&lt;/b&gt; tab. A public native app has no secret.</source>
        <translation>&lt;b&gt;Deren Client-ID und Client-Secret.&lt;/b&gt; Öffnen Sie in der Admin Console Applications → Applications, dann die OAuth-App, und kopieren Sie beides von ihrem Tab &lt;b&gt;Sign On&lt;/b&gt;. Eine öffentliche native App hat kein Secret.</translation>
    </message>
    <message>
        <source>&lt;b&gt;An account with super admin rights&lt;/b&gt; to sign in with. Only a super admin can grant scopes to the app, and reauthorizing the connection later needs one too.</source>
        <translation>&lt;b&gt;Ein Konto mit Super-Admin-Rechten&lt;/b&gt; für die Anmeldung. Nur ein Super-Admin kann der App Scopes gewähren, und auch das spätere erneute Autorisieren der Verbindung braucht einen.</translation>
    </message>
    <message>
        <source>Better practice: create a dedicated service account with super admin rights for OktaDesk and sign in with it. Otherwise everything OktaDesk does is recorded in the System Log under the person who set up the connection.</source>
        <translation>Besser: Legen Sie für OktaDesk ein eigenes Dienstkonto mit Super-Admin-Rechten an und melden Sie sich damit an. Sonst wird alles, was OktaDesk tut, im Systemprotokoll unter der Person verbucht, die die Verbindung eingerichtet hat.</translation>
    </message>
    <message>
        <source>Okta&apos;s guidance on connector accounts and scopes</source>
        <translation>Hinweise von Okta zu Connector-Konten und Scopes</translation>
    </message>
    <message>
        <source>No OAuth app yet? You can also connect with an API token, but Okta recommends OAuth: a token carries all of its creator&apos;s rights.</source>
        <translation>Noch keine OAuth-App? Sie können sich auch mit einem API-Token verbinden, aber Okta empfiehlt OAuth: Ein Token trägt alle Rechte seines Erstellers.</translation>
    </message>
</context>
<context>
    <name>oktadesk::ColumnChooser</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show or hide columns, and add profile attributes (custom ones too) as columns</source>
        <translation>Spalten ein- oder ausblenden und Profilattribute (auch benutzerdefinierte) als Spalten hinzufügen</translation>
    </message>
    <message>
        <source>Profile attributes</source>
        <translation>Profilattribute</translation>
    </message>
    <message>
        <source>Custom profile attributes</source>
        <translation>Benutzerdefinierte Profilattribute</translation>
    </message>
    <message>
        <source>Profile attributes appear once the schema is read</source>
        <translation>Profilattribute erscheinen, sobald das Schema gelesen ist</translation>
    </message>
</context>
<context>
    <name>oktadesk::ConnectionInfo</name>
    <message>
        <source>Connecting to the demo org on %1…</source>
        <translation>Verbindung zur Demo-Org auf %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Demo org on %1</source>
        <translation>Demo-Org auf %1</translation>
    </message>
    <message>
        <source>Demo org on %1 as %2</source>
        <translation>Demo-Org auf %1 als %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Verbunden mit %1 als %2</translation>
    </message>
    <message>
        <source>Connected to %1 as %2 (%3)</source>
        <translation>Verbunden mit %1 als %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — not confirmed as a super admin</source>
        <translation>%1 — nicht als Super-Admin bestätigt</translation>
    </message>
</context>
<context>
    <name>oktadesk::ConnectionWizard</name>
    <message>
        <source>Reauthorize “%1”</source>
        <translation>„%1“ erneut autorisieren</translation>
    </message>
    <message>
        <source>Connect to an Okta org</source>
        <translation>Mit einer Okta-Org verbinden</translation>
    </message>
</context>
<context>
    <name>oktadesk::DirectoryController</name>
    <message numerus="yes">
        <source>Rate limit reached; waiting %n second(s)…</source>
        <translation>
            <numerusform>Ratenlimit erreicht; warte %n Sekunde…</numerusform>
            <numerusform>Ratenlimit erreicht; warte %n Sekunden…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n row(s)…</source>
        <translation>
            <numerusform>%n Zeile wird exportiert…</numerusform>
            <numerusform>%n Zeilen werden exportiert…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oktadesk::DirectoryListPanel</name>
    <message>
        <source>Filter the rows shown…</source>
        <translation>Die angezeigten Zeilen filtern…</translation>
    </message>
    <message>
        <source>Filter the rows shown</source>
        <translation>Die angezeigten Zeilen filtern</translation>
    </message>
    <message>
        <source>Narrows the rows already loaded, in every column; asks Okta nothing</source>
        <translation>Grenzt die bereits geladenen Zeilen ein, in allen Spalten; fragt nichts bei Okta an</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Write the rows shown to a file; JSON and NDJSON keep each object as Okta sent it</source>
        <translation>Die angezeigten Zeilen in eine Datei schreiben; JSON und NDJSON behalten jedes Objekt so, wie Okta es gesendet hat</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>NDJSON…</source>
        <translation>NDJSON…</translation>
    </message>
    <message>
        <source>Streaming…</source>
        <translation>Wird abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>Streaming… %1, %n page(s)</source>
        <translation>
            <numerusform>Wird abgerufen… %1, %n Seite</numerusform>
            <numerusform>Wird abgerufen… %1, %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled after %1; the rows that came are kept.</source>
        <translation>Abgebrochen nach %1; die bereits empfangenen Zeilen bleiben erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n users — more are available</source>
        <translation>
            <numerusform>Der erste %n Benutzer wird angezeigt — es gibt weitere</numerusform>
            <numerusform>Die ersten %n Benutzer werden angezeigt — es gibt weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n groups — more are available</source>
        <translation>
            <numerusform>Die erste %n Gruppe wird angezeigt — es gibt weitere</numerusform>
            <numerusform>Die ersten %n Gruppen werden angezeigt — es gibt weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 arrived before the error; they are kept.</source>
        <translation>%1 kamen vor dem Fehler an; sie bleiben erhalten.</translation>
    </message>
    <message>
        <source>All %1.</source>
        <translation>Alle %1.</translation>
    </message>
    <message>
        <source>Export the rows shown</source>
        <translation>Die angezeigten Zeilen exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
</context>
<context>
    <name>oktadesk::DirectoryPage</name>
    <message>
        <source>Users &amp; Groups</source>
        <translation>Benutzer &amp; Gruppen</translation>
    </message>
    <message>
        <source>Connect to an org to browse its users and groups.</source>
        <translation>Verbinden Sie sich mit einer Org, um ihre Benutzer und Gruppen zu durchsuchen.</translation>
    </message>
    <message>
        <source>This org has no users.</source>
        <translation>Diese Org hat keine Benutzer.</translation>
    </message>
    <message>
        <source>Search the org&apos;s users and groups, the first 200 or every one. Double-click a user for their profile, admin roles and groups, and set one group attribute on all of their groups.</source>
        <translation>Durchsuchen Sie die Benutzer und Gruppen der Org, die ersten 200 oder alle. Doppelklicken Sie auf einen Benutzer, um sein Profil, seine Administratorrollen und Gruppen zu sehen und ein Gruppenattribut für alle seine Gruppen zu setzen.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
</context>
<context>
    <name>oktadesk::FeatureGate</name>
    <message>
        <source>Turn on and reauthorize…</source>
        <translation>Einschalten und erneut autorisieren…</translation>
    </message>
    <message>
        <source>%1 is off. %2 OktaDesk asks for %3 only once you turn this on; a super admin then signs in again to add it to the profile&apos;s token.</source>
        <translation>%1 ist ausgeschaltet. %2 OktaDesk fordert %3 erst an, wenn Sie dies einschalten; ein Super-Admin meldet sich dann erneut an, um ihn dem Token des Profils hinzuzufügen.</translation>
    </message>
</context>
<context>
    <name>oktadesk::GroupAttributeDialog</name>
    <message>
        <source>Set a group attribute on all of a user&apos;s groups</source>
        <translation>Ein Gruppenattribut für alle Gruppen eines Benutzers setzen</translation>
    </message>
    <message>
        <source>Sets one attribute on every group %1 belongs to. Each group is read again just before its update, and its other attributes go back unchanged. App groups and the built-in Everyone group cannot be edited at Okta and are skipped. Needs the okta.groups.manage scope.</source>
        <translation>Setzt ein Attribut für jede Gruppe, der %1 angehört. Jede Gruppe wird unmittelbar vor ihrer Aktualisierung neu gelesen, und ihre übrigen Attribute werden unverändert zurückgeschrieben. App-Gruppen und die eingebaute Gruppe Everyone können bei Okta nicht bearbeitet werden und werden übersprungen. Benötigt den Scope okta.groups.manage.</translation>
    </message>
    <message>
        <source>Preview (dry run)</source>
        <translation>Vorschau (Probelauf)</translation>
    </message>
    <message>
        <source>Reads the user&apos;s groups and shows what would change; changes nothing</source>
        <translation>Liest die Gruppen des Benutzers und zeigt, was sich ändern würde; ändert nichts</translation>
    </message>
    <message>
        <source>&amp;Attribute:</source>
        <translation>&amp;Attribut:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Starts no new update; those already sent finish</source>
        <translation>Startet keine neue Aktualisierung; bereits gesendete werden abgeschlossen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The group schema could not be read (%1); type the attribute&apos;s name. Its value is sent as text.</source>
        <translation>Das Gruppenschema konnte nicht gelesen werden (%1); geben Sie den Namen des Attributs ein. Sein Wert wird als Text gesendet.</translation>
    </message>
    <message>
        <source>The group schema has no attribute of this name.</source>
        <translation>Das Gruppenschema hat kein Attribut mit diesem Namen.</translation>
    </message>
    <message>
        <source>true or false; empty clears the attribute.</source>
        <translation>true oder false; leer löscht das Attribut.</translation>
    </message>
    <message>
        <source>A number; empty clears the attribute.</source>
        <translation>Eine Zahl; leer löscht das Attribut.</translation>
    </message>
    <message>
        <source>Items separated by commas, or a JSON array; empty clears the attribute.</source>
        <translation>Durch Kommas getrennte Einträge oder ein JSON-Array; leer löscht das Attribut.</translation>
    </message>
    <message>
        <source>Text; empty clears the attribute.</source>
        <translation>Text; leer löscht das Attribut.</translation>
    </message>
    <message>
        <source>Allowed: %1.</source>
        <translation>Erlaubt: %1.</translation>
    </message>
    <message>
        <source>Reading %1&apos;s groups…</source>
        <translation>Die Gruppen von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Preview (dry run, nothing changed): %1.</source>
        <translation>Vorschau (Probelauf, nichts geändert): %1.</translation>
    </message>
    <message numerus="yes">
        <source>Updating %n group(s)…</source>
        <translation>
            <numerusform>%n Gruppe wird aktualisiert…</numerusform>
            <numerusform>%n Gruppen werden aktualisiert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Done: %1.</source>
        <translation>Fertig: %1.</translation>
    </message>
    <message>
        <source>The groups that failed keep their old value; the others are updated. Preview again to retry them.</source>
        <translation>Die fehlgeschlagenen Gruppen behalten ihren alten Wert; die übrigen sind aktualisiert. Starten Sie die Vorschau erneut, um sie noch einmal zu versuchen.</translation>
    </message>
    <message>
        <source>Cancelled: the groups not attempted keep their old value.</source>
        <translation>Abgebrochen: Die nicht versuchten Gruppen behalten ihren alten Wert.</translation>
    </message>
</context>
<context>
    <name>oktadesk::GroupAttributePlanModel</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Value before</source>
        <translation>Wert vorher</translation>
    </message>
    <message>
        <source>Current value</source>
        <translation>Aktueller Wert</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>oktadesk::GroupTableModel</name>
    <message>
        <source>Okta group</source>
        <translation>Okta-Gruppe</translation>
    </message>
    <message>
        <source>App group</source>
        <translation>App-Gruppe</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>%1: its profile cannot be edited at Okta</source>
        <translation>%1: Das Profil kann bei Okta nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Okta did not send the member count</source>
        <translation>Okta hat die Mitgliederzahl nicht gesendet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Membership changed</source>
        <translation>Mitgliedschaft geändert</translation>
    </message>
</context>
<context>
    <name>oktadesk::GroupsPanel</name>
    <message>
        <source>No group matches.</source>
        <translation>Keine passende Gruppe.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s)</source>
        <translation>
            <numerusform>%n Gruppe</numerusform>
            <numerusform>%n Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oktadesk::IntroductionPage</name>
    <message>
        <source>Why a service account</source>
        <translation>Warum ein Dienstkonto</translation>
    </message>
    <message>
        <source>An account of its own for the connection, instead of a person&apos;s.</source>
        <translation>Ein eigenes Konto für die Verbindung statt des Kontos einer Person.</translation>
    </message>
    <message>
        <source>Everything done through a connection is attributed to the account that authorized it: the System Log names that account for every change a flow or OktaDesk makes. When a person authorizes it, their name ends up on work they did not do, and the connection breaks when they leave or lose their rights. Okta&apos;s connector guidance therefore recommends a dedicated service account with super admin rights to authorize the Okta Workflows connection.</source>
        <translation>Alles, was über eine Verbindung geschieht, wird dem Konto zugeschrieben, das sie autorisiert hat: Das Systemprotokoll nennt dieses Konto bei jeder Änderung, die ein Flow oder OktaDesk vornimmt. Autorisiert eine Person die Verbindung, steht ihr Name bei Arbeit, die sie nicht getan hat, und die Verbindung bricht ab, wenn sie geht oder ihre Rechte verliert. Oktas Connector-Leitfaden empfiehlt deshalb ein eigenes Dienstkonto mit Super-Admin-Rechten, um die Okta-Workflows-Verbindung zu autorisieren.</translation>
    </message>
    <message>
        <source>This wizard creates the user, assigns it the admin role and assigns it to the app. It checks each step by reading it back from Okta and shows it as it happens. If a step fails, it tells you exactly what exists and offers to undo the earlier steps.</source>
        <translation>Dieser Assistent legt den Benutzer an, weist ihm die Admin-Rolle zu und weist ihn der App zu. Er prüft jeden Schritt durch Zurücklesen bei Okta und zeigt ihn, während er geschieht. Schlägt ein Schritt fehl, sagt er Ihnen genau, was existiert, und bietet an, die vorherigen Schritte rückgängig zu machen.</translation>
    </message>
</context>
<context>
    <name>oktadesk::LogDetailPane</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Select an event to see all of its fields.</source>
        <translation>Wählen Sie ein Ereignis, um alle seine Felder zu sehen.</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>Wert kopieren</translation>
    </message>
    <message>
        <source>Copy event</source>
        <translation>Ereignis kopieren</translation>
    </message>
    <message>
        <source>The event&apos;s JSON exactly as Okta sent it.</source>
        <translation>Das JSON des Ereignisses genau so, wie Okta es gesendet hat.</translation>
    </message>
    <message>
        <source>Filter on this value</source>
        <translation>Nach diesem Wert filtern</translation>
    </message>
    <message>
        <source>Expand all</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <source>Collapse all</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <source>This event is not valid JSON.</source>
        <translation>Dieses Ereignis ist kein gültiges JSON.</translation>
    </message>
</context>
<context>
    <name>oktadesk::LogEventTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
</context>
<context>
    <name>oktadesk::LogExportBar</name>
    <message>
        <source>CSV (visible columns)</source>
        <translation>CSV (sichtbare Spalten)</translation>
    </message>
    <message>
        <source>JSON (events as sent)</source>
        <translation>JSON (Ereignisse wie gesendet)</translation>
    </message>
    <message>
        <source>NDJSON (one event per line)</source>
        <translation>NDJSON (ein Ereignis pro Zeile)</translation>
    </message>
    <message>
        <source>Every event of the search, from Okta</source>
        <translation>Alle Ereignisse der Suche, von Okta</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The events shown (%1)</source>
        <translation>Die angezeigten Ereignisse (%1)</translation>
    </message>
    <message>
        <source>Export System Log events</source>
        <translation>Ereignisse des Systemprotokolls exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json *.ndjson)</source>
        <translation>JSON-Dateien (*.json *.ndjson)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 events…</source>
        <translation>Export: %1 von %2 Ereignissen…</translation>
    </message>
    <message>
        <source>Exporting: %1 events so far…</source>
        <translation>Export: bisher %1 Ereignisse…</translation>
    </message>
</context>
<context>
    <name>oktadesk::LogFieldsEditor</name>
    <message>
        <source>any, e.g. user.session.start</source>
        <translation>beliebig, z. B. user.session.start</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Matches events whose %1 equals the value exactly.</source>
        <translation>Findet Ereignisse, deren %1 genau dem Wert entspricht.</translation>
    </message>
</context>
<context>
    <name>oktadesk::LogPreview</name>
    <message>
        <source>filter</source>
        <translation>filter</translation>
    </message>
    <message>
        <source>q</source>
        <translation>q</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Copy URL</source>
        <translation>URL kopieren</translation>
    </message>
    <message>
        <source>Copy as curl</source>
        <translation>Als curl kopieren</translation>
    </message>
    <message>
        <source>The token is left as $OKTA_API_TOKEN or $OKTA_ACCESS_TOKEN, never copied.</source>
        <translation>Das Token bleibt als $OKTA_API_TOKEN oder $OKTA_ACCESS_TOKEN stehen und wird nie kopiert.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>oktadesk::LogProgressBar</name>
    <message>
        <source>Sorting…</source>
        <translation>Sortieren…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fill in the form and press Search.</source>
        <translation>Füllen Sie das Formular aus und klicken Sie auf „Suchen“.</translation>
    </message>
    <message>
        <source>Starting the live tail…</source>
        <translation>Live-Verfolgung wird gestartet…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Waiting for Okta&apos;s rate limit: continuing in %1 s (events so far: %2)</source>
        <translation>Warten auf das Ratenlimit von Okta: weiter in %1 s (bisherige Ereignisse: %2)</translation>
    </message>
    <message>
        <source>Live tail — events: %1; next check in %2 s</source>
        <translation>Live-Verfolgung – Ereignisse: %1; nächste Prüfung in %2 s</translation>
    </message>
    <message>
        <source>Paused — events so far: %1</source>
        <translation>Pausiert – bisherige Ereignisse: %1</translation>
    </message>
    <message>
        <source>Fetching — events: %1, pages: %2, %3 per second</source>
        <translation>Abruf – Ereignisse: %1, Seiten: %2, %3 pro Sekunde</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>No events match this search.</source>
        <translation>Keine Ereignisse entsprechen dieser Suche.</translation>
    </message>
    <message>
        <source>Done — events: %1</source>
        <translation>Fertig – Ereignisse: %1</translation>
    </message>
    <message>
        <source>Showing the first %1; more events match. Raise the number or choose “All in the range”.</source>
        <translation>Die ersten %1 werden angezeigt; weitere Ereignisse passen. Erhöhen Sie die Anzahl oder wählen Sie „Alle im Zeitraum“.</translation>
    </message>
    <message>
        <source>Stopped — events fetched: %1</source>
        <translation>Angehalten – abgerufene Ereignisse: %1</translation>
    </message>
    <message>
        <source>Stopped by an error; the events fetched (%1) stay below.</source>
        <translation>Durch einen Fehler angehalten; die abgerufenen Ereignisse (%1) bleiben unten stehen.</translation>
    </message>
</context>
<context>
    <name>oktadesk::LogResultsView</name>
    <message>
        <source>Filter these results…</source>
        <translation>Diese Ergebnisse filtern…</translation>
    </message>
    <message>
        <source>Shows the fetched events with a text that contains this, in any case. It sends nothing to Okta.</source>
        <translation>Zeigt die abgerufenen Ereignisse, deren Text dies enthält, unabhängig von Groß-/Kleinschreibung. Es wird nichts an Okta gesendet.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
</context>
<context>
    <name>oktadesk::LogSavedSearchBar</name>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Name for this search</source>
        <translation>Name für diese Suche</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>No saved searches</source>
        <translation>Keine gespeicherten Suchen</translation>
    </message>
    <message>
        <source>Saved searches…</source>
        <translation>Gespeicherte Suchen…</translation>
    </message>
    <message>
        <source>Saved “%1” with this profile.</source>
        <translation>„%1“ bei diesem Profil gespeichert.</translation>
    </message>
    <message>
        <source>Saved “%1” for this session (the demo org has no profile to keep it in).</source>
        <translation>„%1“ für diese Sitzung gespeichert (die Demo-Org hat kein Profil, in dem sie gespeichert werden könnte).</translation>
    </message>
</context>
<context>
    <name>oktadesk::LogSearchController</name>
    <message>
        <source>Connect to an org to search its System Log.</source>
        <translation>Verbinden Sie sich mit einer Org, um ihr Systemprotokoll zu durchsuchen.</translation>
    </message>
</context>
<context>
    <name>oktadesk::LogSearchForm</name>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>Stichwort</translation>
    </message>
    <message>
        <source>e.g. jane@example.com</source>
        <translation>z. B. jane@example.com</translation>
    </message>
    <message>
        <source>Up to 10 words of up to 40 characters. Each must match a whole value or a word in one, in any case. A keyword never matches an attribute that is null, so such events are not returned.</source>
        <translation>Bis zu 10 Wörter mit bis zu 40 Zeichen. Jedes muss einem ganzen Wert oder einem Wort darin entsprechen, unabhängig von Groß-/Kleinschreibung. Ein Stichwort passt nie zu einem Attribut, das null ist; solche Ereignisse werden daher nicht zurückgegeben.</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Each filled field must equal its value (eq); fields are joined with and.</source>
        <translation>Jedes ausgefüllte Feld muss seinem Wert entsprechen (eq); Felder werden mit and verknüpft.</translation>
    </message>
    <message>
        <source>Custom filter</source>
        <translation>Eigener Filter</translation>
    </message>
    <message>
        <source>e.g. outcome.result eq &quot;FAILURE&quot; or severity eq &quot;WARN&quot;</source>
        <translation>z. B. outcome.result eq &quot;FAILURE&quot; or severity eq &quot;WARN&quot;</translation>
    </message>
    <message>
        <source>Any System Log filter: eq, ne, sw, ew, co, gt, ge, lt, le, pr with and, or, not and parentheses. It is added as “and (…)”.</source>
        <translation>Beliebiger Filter des Systemprotokolls: eq, ne, sw, ew, co, gt, ge, lt, le, pr mit and, or, not und Klammern. Er wird als „and (…)“ angefügt.</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>Events per request (limit), 1 to 1000. Larger pages need fewer requests.</source>
        <translation>Ereignisse pro Anfrage (limit), 1 bis 1000. Größere Seiten brauchen weniger Anfragen.</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <source> events</source>
        <translation> Ereignisse</translation>
    </message>
    <message>
        <source>All in the range (every page)</source>
        <translation>Alle im Zeitraum (jede Seite)</translation>
    </message>
    <message>
        <source>Follows Okta&apos;s next links until the range is exhausted.</source>
        <translation>Folgt den next-Links von Okta, bis der Zeitraum ausgeschöpft ist.</translation>
    </message>
    <message>
        <source>Live tail (new events as they happen)</source>
        <translation>Live-Verfolgung (neue Ereignisse, sobald sie eintreten)</translation>
    </message>
    <message>
        <source>Polls from the start of the range, oldest first, until you stop it.</source>
        <translation>Fragt ab dem Beginn des Zeitraums ab, älteste zuerst, bis Sie sie anhalten.</translation>
    </message>
</context>
<context>
    <name>oktadesk::LogTimeEditor</name>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Unchecked: Okta starts 7 days before the end.</source>
        <translation>Nicht angehakt: Okta beginnt 7 Tage vor dem Ende.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Unchecked: up to now.</source>
        <translation>Nicht angehakt: bis jetzt.</translation>
    </message>
    <message>
        <source>Times in UTC</source>
        <translation>Zeiten in UTC</translation>
    </message>
</context>
<context>
    <name>oktadesk::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OktaDesk</source>
        <translation>Über &amp;OktaDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Profile:</source>
        <translation>Profil:</translation>
    </message>
    <message>
        <source>The org profile OktaDesk is working with</source>
        <translation>Das Org-Profil, mit dem OktaDesk arbeitet</translation>
    </message>
    <message>
        <source>No profiles yet</source>
        <translation>Noch keine Profile</translation>
    </message>
    <message>
        <source>Add profile…</source>
        <translation>Profil hinzufügen…</translation>
    </message>
    <message>
        <source>Connect OktaDesk to another Okta org</source>
        <translation>OktaDesk mit einer weiteren Okta-Org verbinden</translation>
    </message>
    <message>
        <source>Reauthorize…</source>
        <translation>Erneut autorisieren…</translation>
    </message>
    <message>
        <source>Requests in progress</source>
        <translation>Laufende Anfragen</translation>
    </message>
    <message>
        <source>Signed in with: %1</source>
        <translation>Angemeldet mit: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) in progress</source>
        <translation>
            <numerusform>%n Anfrage läuft</numerusform>
            <numerusform>%n Anfragen laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>OktaDesk</source>
        <translation>OktaDesk</translation>
    </message>
    <message>
        <source>OktaDesk — %1</source>
        <translation>OktaDesk — %1</translation>
    </message>
    <message>
        <source>About OktaDesk</source>
        <translation>Über OktaDesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;OktaDesk %1&lt;/h3&gt;&lt;p&gt;A native desktop tool for administering Okta orgs: OAuth scope grants, the System Log, users and groups, and service accounts.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;OktaDesk %1&lt;/h3&gt;&lt;p&gt;Ein natives Desktop-Werkzeug zur Verwaltung von Okta-Orgs: OAuth-Scope-Berechtigungen, das Systemprotokoll, Benutzer und Gruppen sowie Dienstkonten.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sign in to the current org again (needed after scope changes; a super admin must do it)</source>
        <translation>Erneut bei der aktuellen Org anmelden (nötig nach Scope-Änderungen; ein Super-Admin muss das tun)</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <source>Rename the current profile</source>
        <translation>Das aktuelle Profil umbenennen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Delete the current profile: revokes its tokens at Okta and removes its secrets from the keychain</source>
        <translation>Das aktuelle Profil löschen: widerruft seine Tokens bei Okta und entfernt seine Geheimnisse aus dem Schlüsselbund</translation>
    </message>
    <message>
        <source>Stage it on the Scopes page</source>
        <translation>Auf der Seite „Scopes“ bereitstellen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Okta refused a request because the connection&apos;s token lacks the scope %1. Grant it to the app OktaDesk signs in with, then reauthorize.</source>
        <translation>Okta hat eine Anfrage abgelehnt, weil dem Token der Verbindung der Scope %1 fehlt. Gewähren Sie ihn der App, mit der sich OktaDesk anmeldet, und autorisieren Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>oktadesk::MethodPage</name>
    <message>
        <source>Sign-in method</source>
        <translation>Anmeldemethode</translation>
    </message>
    <message>
        <source>How OktaDesk proves who it is to Okta. Browser sign-in with the OAuth app is the recommended way.</source>
        <translation>Wie sich OktaDesk gegenüber Okta ausweist. Empfohlen ist die Browser-Anmeldung über die OAuth-App.</translation>
    </message>
    <message>
        <source>Sign in with the &amp;browser (OAuth, recommended)</source>
        <translation>Mit dem &amp;Browser anmelden (OAuth, empfohlen)</translation>
    </message>
    <message>
        <source>Use an &amp;API token (SSWS)</source>
        <translation>Ein &amp;API-Token verwenden (SSWS)</translation>
    </message>
    <message>
        <source>0oa…</source>
        <translation>0oa…</translation>
    </message>
    <message>
        <source>Optional for a public native app</source>
        <translation>Optional für eine öffentliche native App</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the redirect URI</source>
        <translation>Die Weiterleitungs-URI kopieren</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Redirect &amp;port:</source>
        <translation>Weiterleitungs-&amp;Port:</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>Weiterleitungs-URI:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>00…</source>
        <translation>00…</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Create one in the Admin Console under Security → API → Tokens. A token has no scopes: it carries every right of the admin who created it, and it expires after 30 days without use.</source>
        <translation>Erstellen Sie eines in der Admin Console unter Security → API → Tokens. Ein Token hat keine Scopes: Es trägt alle Rechte des Administrators, der es erstellt hat, und läuft nach 30 Tagen ohne Nutzung ab.</translation>
    </message>
    <message>
        <source>Stored in the keychain; type to replace</source>
        <translation>Im Schlüsselbund gespeichert; zum Ersetzen neu eingeben</translation>
    </message>
    <message>
        <source>%1 — sign-in and a refresh token (granted automatically)</source>
        <translation>%1 — Anmeldung und ein Aktualisierungstoken (automatisch gewährt)</translation>
    </message>
    <message>
        <source>Okta accepts only a redirect URI registered on the app exactly, port included.</source>
        <translation>Okta akzeptiert nur eine Weiterleitungs-URI, die genau so bei der App registriert ist, einschließlich Port.</translation>
    </message>
    <message>
        <source>Register this exact URI, port included, as a sign-in redirect URI on the app (its General tab): Okta refuses any other.</source>
        <translation>Registrieren Sie genau diese URI einschließlich Port als Sign-in redirect URI bei der App (auf ihrem Tab „General“): Okta lehnt jede andere ab.</translation>
    </message>
    <message>
        <source>Grant these scopes to the app on its Okta API Scopes tab first; only a super admin can. OktaDesk asks for read scopes only, and for a feature&apos;s manage scope once you turn that feature on.</source>
        <translation>Gewähren Sie der App diese Scopes zuerst auf ihrem Tab „Okta API Scopes“; das kann nur ein Super-Admin. OktaDesk fordert nur Lese-Scopes an und den manage-Scope einer Funktion erst, wenn Sie diese Funktion einschalten.</translation>
    </message>
    <message>
        <source>Added for this sign-in: %1</source>
        <translation>Für diese Anmeldung hinzugefügt: %1</translation>
    </message>
</context>
<context>
    <name>oktadesk::OnboardingWizard</name>
    <message>
        <source>Onboard a service account</source>
        <translation>Dienstkonto einrichten</translation>
    </message>
</context>
<context>
    <name>oktadesk::OrgPage</name>
    <message>
        <source>Org</source>
        <translation>Org</translation>
    </message>
    <message>
        <source>Which Okta org should OktaDesk connect to? Paste its domain or any address of it.</source>
        <translation>Mit welcher Okta-Org soll sich OktaDesk verbinden? Fügen Sie ihre Domain oder eine beliebige Adresse von ihr ein.</translation>
    </message>
    <message>
        <source>acme.okta.com</source>
        <translation>acme.okta.com</translation>
    </message>
    <message>
        <source>For example acme.okta.com, https://acme-admin.okta.com/admin/dashboard, or your custom domain. Enter it without a path.</source>
        <translation>Zum Beispiel acme.okta.com, https://acme-admin.okta.com/admin/dashboard oder Ihre eigene Domain. Geben Sie sie ohne Pfad ein.</translation>
    </message>
    <message>
        <source>Org &amp;domain:</source>
        <translation>Org-&amp;Domain:</translation>
    </message>
    <message>
        <source>Connects to:</source>
        <translation>Verbindet mit:</translation>
    </message>
    <message>
        <source>Reauthorizing the saved connection. A super admin must sign in again to pick up scope changes.</source>
        <translation>Die gespeicherte Verbindung wird erneut autorisiert. Ein Super-Admin muss sich erneut anmelden, damit Scope-Änderungen wirksam werden.</translation>
    </message>
    <message>
        <source>A loopback address: plain HTTP on this computer, as the demo org uses.</source>
        <translation>Eine Loopback-Adresse: unverschlüsseltes HTTP auf diesem Computer, wie es die Demo-Org verwendet.</translation>
    </message>
</context>
<context>
    <name>oktadesk::ProfileEntryModel</name>
    <message>
        <source>profile.%1 (custom attribute)</source>
        <translation>profile.%1 (benutzerdefiniertes Attribut)</translation>
    </message>
    <message>
        <source>profile.%1</source>
        <translation>profile.%1</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>oktadesk::ProgressPage</name>
    <message>
        <source>Creating the service account</source>
        <translation>Das Dienstkonto wird angelegt</translation>
    </message>
    <message>
        <source>Each step is checked by reading it back from Okta.</source>
        <translation>Jeder Schritt wird durch Zurücklesen bei Okta geprüft.</translation>
    </message>
    <message>
        <source>Stop after this step</source>
        <translation>Nach diesem Schritt anhalten</translation>
    </message>
    <message>
        <source>Try the step again</source>
        <translation>Schritt erneut versuchen</translation>
    </message>
    <message>
        <source>Undo the changes…</source>
        <translation>Änderungen rückgängig machen…</translation>
    </message>
    <message>
        <source>Keep them and finish</source>
        <translation>Behalten und abschließen</translation>
    </message>
    <message>
        <source>Waiting.</source>
        <translation>Wartet.</translation>
    </message>
    <message>
        <source>Undone.</source>
        <translation>Rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Try the undo again…</source>
        <translation>Rückgängigmachen erneut versuchen…</translation>
    </message>
    <message>
        <source>Undoing, newest change first…</source>
        <translation>Wird rückgängig gemacht, neueste Änderung zuerst…</translation>
    </message>
    <message>
        <source>In the org now:</source>
        <translation>Jetzt in der Org:</translation>
    </message>
    <message>
        <source>Try the step again, or finish.</source>
        <translation>Versuchen Sie den Schritt erneut oder schließen Sie ab.</translation>
    </message>
    <message>
        <source>Try the step again, undo what exists, or keep it as it is.</source>
        <translation>Versuchen Sie den Schritt erneut, machen Sie das Bestehende rückgängig oder behalten Sie es, wie es ist.</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <source>Undo the changes</source>
        <translation>Änderungen rückgängig machen</translation>
    </message>
    <message>
        <source>Undo what this onboarding created in %1?</source>
        <translation>Rückgängig machen, was diese Einrichtung in %1 angelegt hat?</translation>
    </message>
    <message>
        <source>OktaDesk removes the app assignment and the admin role, then deactivates and deletes the user, and reads each removal back. A deleted user cannot be restored.</source>
        <translation>OktaDesk entfernt die App-Zuweisung und die Admin-Rolle, deaktiviert und löscht dann den Benutzer und liest jede Entfernung zurück. Ein gelöschter Benutzer kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>OktaDesk is writing to the org; the window closes once the step in flight is done. Use “Stop after this step” to end early.</source>
        <translation>OktaDesk schreibt gerade in die Org; das Fenster schließt sich, sobald der laufende Schritt erledigt ist. Mit „Nach diesem Schritt anhalten“ beenden Sie früher.</translation>
    </message>
    <message>
        <source>Choose first: try the step again, undo the changes, or keep them. Closing now would leave the org as described above without a decision.</source>
        <translation>Entscheiden Sie zuerst: Schritt erneut versuchen, Änderungen rückgängig machen oder behalten. Jetzt zu schließen hinterließe die Org wie oben beschrieben, ohne Entscheidung.</translation>
    </message>
</context>
<context>
    <name>oktadesk::RateLimitLabel</name>
    <message>
        <source>Rate limit</source>
        <translation>Ratenlimit</translation>
    </message>
    <message>
        <source>Rate limit for %1</source>
        <translation>Ratenlimit für %1</translation>
    </message>
    <message>
        <source>%1: %2 / %3 left, resets in %4 s</source>
        <translation>%1: %2 / %3 übrig, Zurücksetzung in %4 s</translation>
    </message>
    <message>
        <source>%1: %2 / %3 left, window has reset</source>
        <translation>%1: %2 / %3 übrig, Zeitfenster wurde zurückgesetzt</translation>
    </message>
    <message>
        <source>%1: %2 / %3 left</source>
        <translation>%1: %2 / %3 übrig</translation>
    </message>
    <message>
        <source>Fewer than 10% of this bucket&apos;s requests are left in the current window; OktaDesk slows down its requests to it until it resets.</source>
        <translation>Im aktuellen Zeitfenster sind weniger als 10 % der Anfragen dieses Buckets übrig; OktaDesk verlangsamt seine Anfragen daran, bis es zurückgesetzt wird.</translation>
    </message>
    <message>
        <source>Okta counts each group of endpoints in its own bucket; shown is the one closest to its limit.</source>
        <translation>Okta zählt jede Gruppe von Endpunkten in einem eigenen Bucket; angezeigt wird der, der seinem Limit am nächsten ist.</translation>
    </message>
</context>
<context>
    <name>oktadesk::ResultsView</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
</context>
<context>
    <name>oktadesk::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Nothing has been written yet. OktaDesk checks the org first.</source>
        <translation>Noch wurde nichts geschrieben. OktaDesk prüft zuerst die Org.</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Org:</source>
        <translation>Org:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Login:</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>generated, shown once at the end</source>
        <translation>generiert, am Ende einmal angezeigt</translation>
    </message>
    <message>
        <source>activation email to %1</source>
        <translation>Aktivierungs-E-Mail an %1</translation>
    </message>
    <message>
        <source>Admin role:</source>
        <translation>Admin-Rolle:</translation>
    </message>
    <message>
        <source>App:</source>
        <translation>App:</translation>
    </message>
    <message>
        <source>Also set:</source>
        <translation>Außerdem gesetzt:</translation>
    </message>
    <message>
        <source>profile attribute userType = “service” (a descriptive marker)</source>
        <translation>Profilattribut userType = „service“ (eine beschreibende Markierung)</translation>
    </message>
</context>
<context>
    <name>oktadesk::SavePage</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Name the connection. Its secrets go to the system keychain, never to a file.</source>
        <translation>Geben Sie der Verbindung einen Namen. Ihre Geheimnisse kommen in den Schlüsselbund des Systems, nie in eine Datei.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Connect for this run &amp;only: keep the secrets in memory until OktaDesk quits. Nothing secret is written to disk; next time, reauthorize.</source>
        <translation>Nur für diese Sitzung &amp;verbinden: die Geheimnisse bleiben im Arbeitsspeicher, bis OktaDesk beendet wird. Nichts Geheimes wird auf die Festplatte geschrieben; beim nächsten Mal erneut autorisieren.</translation>
    </message>
    <message>
        <source>Profile &amp;name:</source>
        <translation>Profil&amp;name:</translation>
    </message>
</context>
<context>
    <name>oktadesk::ScopeFilterModel</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Nicht gewährt</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>oktadesk::ScopeTableModel</name>
    <message>
        <source>Granted automatically by Okta. Revoking it makes the authorization of connections that use the app fail, so it cannot be revoked.</source>
        <translation>Automatisch von Okta gewährt. Ein Widerruf würde die Autorisierung von Verbindungen, die die App verwenden, scheitern lassen; daher kann er nicht widerrufen werden.</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Gewährt</translation>
    </message>
    <message>
        <source>Not granted</source>
        <translation>Nicht gewährt</translation>
    </message>
    <message>
        <source>Pending grant</source>
        <translation>Gewährung ausstehend</translation>
    </message>
    <message>
        <source>Pending revoke</source>
        <translation>Widerruf ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>End user consent: %1</source>
        <translation>Zustimmung des Endbenutzers: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Granted automatically; cannot be revoked</source>
        <translation>Automatisch gewährt; kann nicht widerrufen werden</translation>
    </message>
    <message>
        <source>Limited Early Access</source>
        <translation>Limited Early Access</translation>
    </message>
    <message>
        <source>Legacy: Okta&apos;s current catalogue no longer lists it</source>
        <translation>Veraltet: Der aktuelle Katalog von Okta führt ihn nicht mehr</translation>
    </message>
    <message>
        <source>Unknown to OktaDesk&apos;s catalogue</source>
        <translation>Im Katalog von OktaDesk unbekannt</translation>
    </message>
    <message>
        <source>Not on the default list</source>
        <translation>Nicht auf der Standardliste</translation>
    </message>
    <message>
        <source>Includes %1</source>
        <translation>Enthält %1</translation>
    </message>
    <message>
        <source>Okta (automatic)</source>
        <translation>Okta (automatisch)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Granted by %1 (%2) on %3
Issuer: %4
Grant ID: %5</source>
        <translation>Gewährt von %1 (%2) am %3
Aussteller: %4
Grant-ID: %5</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Gewährt von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>oktadesk::ScopesController</name>
    <message>
        <source>The org&apos;s apps could not be listed: %1</source>
        <translation>Die Apps der Org konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>This org has no apps.</source>
        <translation>Diese Org hat keine Apps.</translation>
    </message>
    <message>
        <source>The app&apos;s grants could not be listed: %1</source>
        <translation>Die Berechtigungen der App konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %1 of %n change(s) were applied; the rest were not sent or not confirmed and stay staged. The list is read again from Okta.</source>
        <translation>
            <numerusform>Abgebrochen, nachdem %1 von %n Änderung angewendet wurde; der Rest wurde nicht gesendet oder nicht bestätigt und bleibt bereitgestellt. Die Liste wird neu von Okta gelesen.</numerusform>
            <numerusform>Abgebrochen, nachdem %1 von %n Änderungen angewendet wurden; der Rest wurde nicht gesendet oder nicht bestätigt und bleibt bereitgestellt. Die Liste wird neu von Okta gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) applied; %2 failed and stay staged with Okta&apos;s message in their row. The list is read again from Okta.</source>
        <translation>
            <numerusform>%1 von %n Änderung angewendet; %2 sind fehlgeschlagen und bleiben mit der Meldung von Okta in ihrer Zeile bereitgestellt. Die Liste wird neu von Okta gelesen.</numerusform>
            <numerusform>%1 von %n Änderungen angewendet; %2 sind fehlgeschlagen und bleiben mit der Meldung von Okta in ihrer Zeile bereitgestellt. Die Liste wird neu von Okta gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) applied.</source>
        <translation>
            <numerusform>%n Änderung angewendet.</numerusform>
            <numerusform>%n Änderungen angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scopes of “%1” changed. Connections that use this app, such as Okta Workflows connections, must be reauthorized to pick up the change.</source>
        <translation>Die Scopes von „%1“ wurden geändert. Verbindungen, die diese App verwenden, etwa Okta-Workflows-Verbindungen, müssen erneut autorisiert werden, um die Änderung zu übernehmen.</translation>
    </message>
    <message>
        <source>OktaDesk&apos;s own app (client ID %1) is not among the org&apos;s apps: grant %2 to it in the Admin Console, then reauthorize.</source>
        <translation>Die eigene App von OktaDesk (Client-ID %1) ist nicht unter den Apps der Org: Gewähren Sie ihr %2 in der Admin Console und autorisieren Sie dann erneut.</translation>
    </message>
    <message>
        <source>none: an API token</source>
        <translation>keine: ein API-Token</translation>
    </message>
    <message>
        <source>Apply or discard the staged changes first; then stage %1 on “%2”.</source>
        <translation>Wenden Sie zuerst die bereitgestellten Änderungen an oder verwerfen Sie sie; stellen Sie dann %1 für „%2“ bereit.</translation>
    </message>
    <message>
        <source>“%1” already holds %2, but the profile&apos;s token does not carry it: reauthorize the profile to add it.</source>
        <translation>„%1“ hat %2 bereits, aber das Token des Profils enthält ihn nicht: Autorisieren Sie das Profil erneut, um ihn hinzuzufügen.</translation>
    </message>
    <message>
        <source>%1 is staged for OktaDesk&apos;s own app “%2” because Okta refused a request without it. Apply, then reauthorize the profile.</source>
        <translation>%1 ist für die eigene App „%2“ von OktaDesk bereitgestellt, weil Okta eine Anfrage ohne ihn abgelehnt hat. Wenden Sie die Änderung an und autorisieren Sie dann das Profil erneut.</translation>
    </message>
</context>
<context>
    <name>oktadesk::ScopesPage</name>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>The Okta API scopes of an OAuth app, by default the Okta Workflows OAuth app, as the Okta connector lists them. Check a scope to grant it and uncheck it to revoke it; nothing is sent until you apply. Scopes with a lock are granted automatically and can never be revoked.</source>
        <translation>Die Okta-API-Scopes einer OAuth-App, standardmäßig der Okta Workflows OAuth app, so wie der Okta-Connector sie auflistet. Haken Sie einen Scope an, um ihn zu gewähren, und entfernen Sie den Haken, um ihn zu widerrufen; gesendet wird erst, wenn Sie anwenden. Scopes mit einem Schloss werden automatisch gewährt und können nie widerrufen werden.</translation>
    </message>
    <message>
        <source>Connect to an org to see and change the scopes of its OAuth apps.</source>
        <translation>Verbinden Sie sich mit einer Org, um die Scopes ihrer OAuth-Apps zu sehen und zu ändern.</translation>
    </message>
    <message>
        <source>Loading the org&apos;s apps…</source>
        <translation>Die Apps der Org werden geladen…</translation>
    </message>
    <message>
        <source>Choose an app to see its scopes.</source>
        <translation>Wählen Sie eine App, um ihre Scopes zu sehen.</translation>
    </message>
    <message>
        <source>Reauthorize this profile…</source>
        <translation>Dieses Profil erneut autorisieren…</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Search the org&apos;s apps</source>
        <translation>Die Apps der Org durchsuchen</translation>
    </message>
    <message>
        <source>&amp;App:</source>
        <translation>&amp;App:</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>List the app&apos;s grants again</source>
        <translation>Die Berechtigungen der App neu auflisten</translation>
    </message>
    <message>
        <source>Filter scopes</source>
        <translation>Scopes filtern</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Show all Okta scopes</source>
        <translation>Alle Okta-Scopes anzeigen</translation>
    </message>
    <message>
        <source>Add every scope of Okta&apos;s current catalogue that the connector&apos;s default list lacks, so it can be granted too</source>
        <translation>Jeden Scope aus dem aktuellen Katalog von Okta hinzufügen, der auf der Standardliste des Connectors fehlt, damit er ebenfalls gewährt werden kann</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1
ID: %2
Name: %3</source>
        <translation>%1
ID: %2
Name: %3</translation>
    </message>
    <message>
        <source>Apply or discard the staged changes before choosing another app</source>
        <translation>Wenden Sie die bereitgestellten Änderungen an oder verwerfen Sie sie, bevor Sie eine andere App wählen</translation>
    </message>
    <message>
        <source>The app whose scopes are shown</source>
        <translation>Die App, deren Scopes angezeigt werden</translation>
    </message>
</context>
<context>
    <name>oktadesk::SearchBar</name>
    <message>
        <source>How to search</source>
        <translation>Art der Suche</translation>
    </message>
    <message>
        <source>Quick search</source>
        <translation>Schnellsuche</translation>
    </message>
    <message>
        <source>Search expression</source>
        <translation>Suchausdruck</translation>
    </message>
    <message>
        <source>Filter expression</source>
        <translation>Filterausdruck</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Suchtext</translation>
    </message>
    <message>
        <source>How many results</source>
        <translation>Anzahl der Ergebnisse</translation>
    </message>
    <message>
        <source>First 200</source>
        <translation>Erste 200</translation>
    </message>
    <message>
        <source>Stream all</source>
        <translation>Alle abrufen</translation>
    </message>
    <message>
        <source>First 200: one page, as the Admin Console shows first.
Stream all: every page, shown as it arrives; Cancel keeps what came.</source>
        <translation>Erste 200: eine Seite, wie sie die Admin Console zuerst zeigt.
Alle abrufen: jede Seite, angezeigt, sobald sie eintrifft; Abbrechen behält, was bereits gekommen ist.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The start of a first name, last name or email</source>
        <translation>Der Anfang eines Vornamens, Nachnamens oder einer E-Mail-Adresse</translation>
    </message>
    <message>
        <source>The start of a group name</source>
        <translation>Der Anfang eines Gruppennamens</translation>
    </message>
    <message>
        <source>Okta&apos;s q parameter: a starts-with match. Okta returns one page of it and never pages it, so Stream all gets no more; use a search expression for large results.</source>
        <translation>Der Parameter q von Okta: eine Suche nach Anfang. Okta liefert davon eine Seite und blättert nie weiter, daher bringt „Alle abrufen“ nicht mehr; verwenden Sie für große Ergebnismengen einen Suchausdruck.</translation>
    </message>
    <message>
        <source>profile.department eq &quot;Engineering&quot; and status eq &quot;ACTIVE&quot;</source>
        <translation>profile.department eq &quot;Engineering&quot; and status eq &quot;ACTIVE&quot;</translation>
    </message>
    <message>
        <source>type eq &quot;OKTA_GROUP&quot; and profile.name sw &quot;Sales&quot;</source>
        <translation>type eq &quot;OKTA_GROUP&quot; and profile.name sw &quot;Sales&quot;</translation>
    </message>
    <message>
        <source>Okta&apos;s search parameter: any profile attribute, custom ones too, with eq, sw, co (on names and email), gt, lt, pr; and, or, not. It includes deactivated users.</source>
        <translation>Der Parameter search von Okta: jedes Profilattribut, auch benutzerdefinierte, mit eq, sw, co (bei Namen und E-Mail), gt, lt, pr; and, or, not. Er schließt deaktivierte Benutzer ein.</translation>
    </message>
    <message>
        <source>Okta&apos;s search parameter: profile attributes, id, type, created, lastUpdated, lastMembershipUpdated, with eq, sw, co (on name and description); and, or.</source>
        <translation>Der Parameter search von Okta: Profilattribute, id, type, created, lastUpdated, lastMembershipUpdated, mit eq, sw, co (bei name und description); and, or.</translation>
    </message>
    <message>
        <source>status eq &quot;LOCKED_OUT&quot;</source>
        <translation>status eq &quot;LOCKED_OUT&quot;</translation>
    </message>
    <message>
        <source>type eq &quot;APP_GROUP&quot;</source>
        <translation>type eq &quot;APP_GROUP&quot;</translation>
    </message>
    <message>
        <source>Okta&apos;s filter parameter: status, lastUpdated, id and profile.login, email, firstName, lastName, with eq (lastUpdated also gt, ge, lt, le); and, or.</source>
        <translation>Der Parameter filter von Okta: status, lastUpdated, id sowie profile.login, email, firstName, lastName, mit eq (lastUpdated auch gt, ge, lt, le); and, or.</translation>
    </message>
    <message>
        <source>Okta&apos;s filter parameter: id, type, lastUpdated, lastMembershipUpdated; eq, and, or.</source>
        <translation>Der Parameter filter von Okta: id, type, lastUpdated, lastMembershipUpdated; eq, and, or.</translation>
    </message>
</context>
<context>
    <name>oktadesk::ServiceAccountsPage</name>
    <message>
        <source>Service accounts</source>
        <translation>Dienstkonten</translation>
    </message>
    <message>
        <source>Connect to an org to onboard service accounts.</source>
        <translation>Verbinden Sie sich mit einer Org, um Dienstkonten einzurichten.</translation>
    </message>
    <message>
        <source>Everything done through a connection is attributed to the account that authorized it. Okta&apos;s guidance: let a dedicated service account with super admin rights authorize the Okta Workflows connection, not a person.</source>
        <translation>Alles, was über eine Verbindung geschieht, wird dem Konto zugeschrieben, das sie autorisiert hat. Oktas Leitfaden: Lassen Sie ein eigenes Dienstkonto mit Super-Admin-Rechten die Okta-Workflows-Verbindung autorisieren, nicht eine Person.</translation>
    </message>
    <message>
        <source>Onboard a service account…</source>
        <translation>Dienstkonto einrichten…</translation>
    </message>
    <message>
        <source>Creates the user, makes it an admin, assigns it to the app, checks each step, and undoes them on request if one fails.</source>
        <translation>Legt den Benutzer an, macht ihn zum Admin, weist ihn der App zu, prüft jeden Schritt und macht die Schritte auf Wunsch rückgängig, wenn einer fehlschlägt.</translation>
    </message>
    <message>
        <source>Super admins in this org</source>
        <translation>Super-Admins in dieser Org</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Wirkt wie</translation>
    </message>
    <message>
        <source>Admin roles</source>
        <translation>Admin-Rollen</translation>
    </message>
    <message>
        <source>“Looks like a service account” is a hint from the login (svc-…) or the profile attribute userType = service; OktaDesk cannot tell who signs in with an account.</source>
        <translation>„Wirkt wie ein Dienstkonto“ ist ein Hinweis aus dem Login (svc-…) oder dem Profilattribut userType = service; OktaDesk kann nicht erkennen, wer sich mit einem Konto anmeldet.</translation>
    </message>
    <message>
        <source>Reading the org&apos;s admins…</source>
        <translation>Die Admins der Org werden gelesen…</translation>
    </message>
    <message>
        <source>The org&apos;s admins could not be read: %1</source>
        <translation>Die Admins der Org konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unbekannt: %1</translation>
    </message>
    <message>
        <source>a service account</source>
        <translation>ein Dienstkonto</translation>
    </message>
    <message>
        <source>a person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <source>Super admins: %1. Looking like dedicated service accounts: %2.</source>
        <translation>Super-Admins: %1. Davon wirken wie eigene Dienstkonten: %2.</translation>
    </message>
    <message>
        <source>Only the first %1 admins were read.</source>
        <translation>Nur die ersten %1 Admins wurden gelesen.</translation>
    </message>
    <message>
        <source>Onboard one to authorize the connection with.</source>
        <translation>Richten Sie eines ein, um die Verbindung damit zu autorisieren.</translation>
    </message>
</context>
<context>
    <name>oktadesk::SessionController</name>
    <message>
        <source>The renewed tokens could not be stored in the keychain and are kept for this run only: %1</source>
        <translation>Die erneuerten Tokens konnten nicht im Schlüsselbund gespeichert werden und gelten nur für diese Sitzung: %1</translation>
    </message>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>No org profile yet: choose Add profile… to connect to an org.</source>
        <translation>Noch kein Org-Profil: Wählen Sie „Profil hinzufügen…“, um eine Verbindung zu einer Org herzustellen.</translation>
    </message>
    <message>
        <source>Demo org</source>
        <translation>Demo-Org</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API-Token</translation>
    </message>
    <message>
        <source>browser sign-in (OAuth with PKCE)</source>
        <translation>Browser-Anmeldung (OAuth mit PKCE)</translation>
    </message>
    <message>
        <source>This profile has no usable sign-in any more. Reauthorize it (a super admin must sign in).</source>
        <translation>Dieses Profil hat keine gültige Anmeldung mehr. Autorisieren Sie es erneut (ein Super-Admin muss sich anmelden).</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name for the profile &quot;%1&quot;:</source>
        <translation>Neuer Name für das Profil „%1“:</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; (%2)?</source>
        <translation>Das Profil „%1“ (%2) löschen?</translation>
    </message>
    <message>
        <source>OktaDesk revokes the profile&apos;s tokens at Okta and removes its secrets from the keychain. An API token stays valid until you revoke it in the Admin Console.</source>
        <translation>OktaDesk widerruft die Tokens des Profils bei Okta und entfernt seine Geheimnisse aus dem Schlüsselbund. Ein API-Token bleibt gültig, bis Sie es in der Admin Console widerrufen.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>The profile was not deleted: %1</source>
        <translation>Das Profil wurde nicht gelöscht: %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was not deleted.</source>
        <translation>Das Profil &quot;%1&quot; wurde nicht gelöscht.</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Delete Anyway</source>
        <translation>Trotzdem löschen</translation>
    </message>
</context>
<context>
    <name>oktadesk::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in with the browser…</source>
        <translation>Mit dem Browser anmelden…</translation>
    </message>
    <message>
        <source>If no browser opens, paste this address into one:</source>
        <translation>Falls sich kein Browser öffnet, fügen Sie diese Adresse in einen ein:</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the sign-in address</source>
        <translation>Die Anmeldeadresse kopieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OktaDesk opens Okta&apos;s sign-in page in your browser. Sign in there and allow access; the browser then hands the sign-in back to OktaDesk.</source>
        <translation>OktaDesk öffnet die Anmeldeseite von Okta in Ihrem Browser. Melden Sie sich dort an und erlauben Sie den Zugriff; der Browser gibt die Anmeldung dann an OktaDesk zurück.</translation>
    </message>
    <message>
        <source>An API token needs no browser sign-in.</source>
        <translation>Ein API-Token braucht keine Browser-Anmeldung.</translation>
    </message>
    <message>
        <source>OktaDesk checks the API token on the next page.</source>
        <translation>OktaDesk prüft das API-Token auf der nächsten Seite.</translation>
    </message>
    <message>
        <source>Reauthorizing needs a super admin: only a super admin can renew a connection, for example after scopes were granted or revoked.</source>
        <translation>Zum erneuten Autorisieren ist ein Super-Admin nötig: Nur ein Super-Admin kann eine Verbindung erneuern, etwa nachdem Scopes gewährt oder widerrufen wurden.</translation>
    </message>
    <message>
        <source>Open the browser again</source>
        <translation>Den Browser erneut öffnen</translation>
    </message>
    <message>
        <source>Try again…</source>
        <translation>Erneut versuchen…</translation>
    </message>
    <message>
        <source>Use an account with super admin rights, ideally a dedicated service account. The browser returns to %1, which must be registered on the app exactly so, port included; if Okta shows an error about the redirect URI, register it on the app&apos;s General tab and sign in again.</source>
        <translation>Verwenden Sie ein Konto mit Super-Admin-Rechten, idealerweise ein eigenes Dienstkonto. Der Browser kehrt zu %1 zurück; diese Adresse muss genau so bei der App registriert sein, einschließlich Port. Zeigt Okta einen Fehler zur Weiterleitungs-URI, registrieren Sie sie auf dem Tab „General“ der App und melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>oktadesk::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Shown this once: OktaDesk keeps no copy and never writes it anywhere. Store it in your password vault now; it is wiped from memory (and from the clipboard, if it is still there) when this window closes.</source>
        <translation>Nur dieses eine Mal angezeigt: OktaDesk behält keine Kopie und schreibt es nirgendwohin. Legen Sie es jetzt in Ihrem Passworttresor ab; es wird aus dem Speicher (und aus der Zwischenablage, falls es noch dort ist) gelöscht, wenn sich dieses Fenster schließt.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Sign in as this account…</source>
        <translation>Als dieses Konto anmelden…</translation>
    </message>
    <message>
        <source>The service account is ready</source>
        <translation>Das Dienstkonto ist bereit</translation>
    </message>
    <message>
        <source>Onboarding undone</source>
        <translation>Einrichtung rückgängig gemacht</translation>
    </message>
    <message>
        <source>Onboarding incomplete</source>
        <translation>Einrichtung unvollständig</translation>
    </message>
    <message>
        <source>What was created, and what to do next.</source>
        <translation>Was angelegt wurde und was als Nächstes zu tun ist.</translation>
    </message>
    <message>
        <source>Nothing this onboarding created is left in the org.</source>
        <translation>Nichts, was diese Einrichtung angelegt hat, ist in der Org verblieben.</translation>
    </message>
    <message>
        <source>Some of the account exists, as listed below.</source>
        <translation>Ein Teil des Kontos existiert, wie unten aufgeführt.</translation>
    </message>
    <message>
        <source>Next: sign in as %1 in the connection wizard, so the connection acts as the service account. It is assigned to “%2” and holds %3.</source>
        <translation>Als Nächstes: Melden Sie sich im Verbindungsassistenten als %1 an, damit die Verbindung als Dienstkonto handelt. Es ist „%2“ zugewiesen und hat %3.</translation>
    </message>
    <message>
        <source>What exists is listed above. Finish the account in the Admin Console, or onboard it again under another login.</source>
        <translation>Was existiert, ist oben aufgeführt. Vervollständigen Sie das Konto in der Admin Console oder richten Sie es unter einem anderen Login neu ein.</translation>
    </message>
    <message>
        <source>Nothing this onboarding created remains in the org.</source>
        <translation>Nichts, was diese Einrichtung angelegt hat, verbleibt in der Org.</translation>
    </message>
</context>
<context>
    <name>oktadesk::SystemLogPage</name>
    <message>
        <source>System Log</source>
        <translation>Systemprotokoll</translation>
    </message>
    <message>
        <source>Connect to an org to search its System Log events.</source>
        <translation>Verbinden Sie sich mit einer Org, um die Ereignisse ihres Systemprotokolls zu durchsuchen.</translation>
    </message>
    <message>
        <source>Search the org&apos;s System Log as the Okta connector&apos;s card does — a keyword, fields that must match, a custom filter and a time range — then browse, inspect and export the events, or follow new ones live.</source>
        <translation>Durchsuchen Sie das Systemprotokoll der Org wie die Karte des Okta-Connectors – mit einem Stichwort, passenden Feldern, einem eigenen Filter und einem Zeitraum –, und blättern Sie dann durch die Ereignisse, untersuchen und exportieren Sie sie oder verfolgen Sie neue live.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>oktadesk::UserDetailPane</name>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Close the user&apos;s detail</source>
        <translation>Die Benutzerdetails schließen</translation>
    </message>
    <message>
        <source>How many groups</source>
        <translation>Anzahl der Gruppen</translation>
    </message>
    <message>
        <source>First 200</source>
        <translation>Erste 200</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Set a group attribute on all these groups…</source>
        <translation>Ein Gruppenattribut für alle diese Gruppen setzen…</translation>
    </message>
    <message>
        <source>Sets one profile attribute on every group this user belongs to: a preview first, then the update (needs the okta.groups.manage scope)</source>
        <translation>Setzt ein Profilattribut für jede Gruppe, der dieser Benutzer angehört: zuerst eine Vorschau, dann die Aktualisierung (benötigt den Scope okta.groups.manage)</translation>
    </message>
    <message>
        <source>The user is in no group.</source>
        <translation>Der Benutzer gehört keiner Gruppe an.</translation>
    </message>
    <message>
        <source>Admin roles: loading…</source>
        <translation>Administratorrollen: werden geladen…</translation>
    </message>
    <message>
        <source>%1 · ID %2</source>
        <translation>%1 · ID %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Created %1 · Last login %2</source>
        <translation>Angelegt %1 · Letzte Anmeldung %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>The user could not be read again: %1</source>
        <translation>Der Benutzer konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>Admin roles could not be read: %1</source>
        <translation>Die Administratorrollen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (through a group)</source>
        <translation>%1 (über eine Gruppe)</translation>
    </message>
    <message>
        <source>Admin roles: none</source>
        <translation>Administratorrollen: keine</translation>
    </message>
    <message>
        <source>Admin roles: %1</source>
        <translation>Administratorrollen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n groups — the user belongs to more; choose All groups</source>
        <translation>
            <numerusform>Die erste %n Gruppe wird angezeigt — der Benutzer gehört weiteren an; wählen Sie „Alle Gruppen“</numerusform>
            <numerusform>Die ersten %n Gruppen werden angezeigt — der Benutzer gehört weiteren an; wählen Sie „Alle Gruppen“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Member of %n group(s)</source>
        <translation>
            <numerusform>Mitglied von %n Gruppe</numerusform>
            <numerusform>Mitglied von %n Gruppen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oktadesk::UserTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Staged</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Pending activation</source>
        <translation>Aktivierung ausstehend</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passwort-Zurücksetzung</translation>
    </message>
    <message>
        <source>Password expired</source>
        <translation>Passwort abgelaufen</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Ausgesetzt</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1
ID: %2</source>
        <translation>%1
ID: %2</translation>
    </message>
    <message>
        <source>%1
Email: %2
ID: %3</source>
        <translation>%1
E-Mail: %2
ID: %3</translation>
    </message>
    <message>
        <source>Never signed in</source>
        <translation>Nie angemeldet</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <source>Last login</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
</context>
<context>
    <name>oktadesk::UsersPanel</name>
    <message>
        <source>No user matches.</source>
        <translation>Kein passender Benutzer.</translation>
    </message>
    <message>
        <source>Double-click a user, or press Enter, for their profile, admin roles and groups</source>
        <translation>Doppelklicken Sie auf einen Benutzer oder drücken Sie die Eingabetaste, um sein Profil, seine Administratorrollen und Gruppen zu sehen</translation>
    </message>
    <message>
        <source>Deactivated (deprovisioned) users are not in this list: Okta leaves them out of a plain list and a quick search. A search or filter expression includes them, e.g. status eq &quot;DEPROVISIONED&quot;.</source>
        <translation>Deaktivierte (deprovisionierte) Benutzer sind nicht in dieser Liste: Okta lässt sie in einer einfachen Liste und bei einer Schnellsuche weg. Ein Such- oder Filterausdruck schließt sie ein, z. B. status eq &quot;DEPROVISIONED&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>oktadesk::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>OktaDesk checks the connection: who signed in, with which rights.</source>
        <translation>OktaDesk prüft die Verbindung: wer sich angemeldet hat und mit welchen Rechten.</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Yes, super admin</source>
        <translation>Ja, Super-Admin</translation>
    </message>
    <message>
        <source>No, not a super admin</source>
        <translation>Nein, kein Super-Admin</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Angemeldet als:</translation>
    </message>
    <message>
        <source>Super admin:</source>
        <translation>Super-Admin:</translation>
    </message>
    <message>
        <source>Admin roles:</source>
        <translation>Administratorrollen:</translation>
    </message>
    <message>
        <source>Token scopes:</source>
        <translation>Token-Scopes:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Ratenlimit:</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <source>oktadesk-cli: %1 (see --help)</source>
        <translation>oktadesk-cli: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>usage: oktadesk-cli onboard service-account --login L --email E --first-name F --last-name L --app APP [--role SUPER_ADMIN] [--activation-email] [--undo-on-failure] [--dry-run]</source>
        <translation>Aufruf: oktadesk-cli onboard service-account --login L --email E --first-name F --last-name L --app APP [--role SUPER_ADMIN] [--activation-email] [--undo-on-failure] [--dry-run]</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see --help).</source>
        <translation>unbekannter Befehl „%1“ (siehe --help).</translation>
    </message>
    <message>
        <source>usage: oktadesk-cli completion bash (the only shell it knows).</source>
        <translation>Aufruf: oktadesk-cli completion bash (die einzige Shell, die es kennt).</translation>
    </message>
    <message>
        <source>Usage: oktadesk-cli &lt;command&gt; [options]
OktaDesk command line: administer an Okta org.

Commands:
</source>
        <translation>Aufruf: oktadesk-cli &lt;Befehl&gt; [Optionen]
OktaDesk-Befehlszeile: eine Okta-Org verwalten.

Befehle:
</translation>
    </message>
    <message>
        <source>`oktadesk-cli help &lt;command&gt;` (or `&lt;command&gt; --help`) lists the options a command takes,
with an example.

Connect with --profile NAME (a saved profile; secrets stay in the OS keychain), or with
--org DOMAIN --token-env VAR (an SSWS API token read from that environment variable;
never pass a token or secret on the command line).
Exit codes: 0 ok, 1 API, network or keychain failure, 2 usage or bad input.

Options:
</source>
        <translation>`oktadesk-cli help &lt;Befehl&gt;` (oder `&lt;Befehl&gt; --help`) zeigt die Optionen eines Befehls
mit einem Beispiel.

Verbinden mit --profile NAME (ein gespeichertes Profil; Geheimnisse bleiben im Schlüsselbund des
Systems) oder mit --org DOMAIN --token-env VAR (ein SSWS-API-Token aus dieser Umgebungsvariable;
übergeben Sie nie ein Token oder Secret auf der Befehlszeile).
Exit-Codes: 0 OK, 1 API-, Netzwerk- oder Schlüsselbundfehler, 2 falscher Aufruf oder ungültige Eingabe.

Optionen:
</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Example:</source>
        <translation>Beispiel:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Beispiele:</translation>
    </message>
    <message>
        <source>Usage: oktadesk-cli %1 &lt;subcommand&gt; [options]</source>
        <translation>Aufruf: oktadesk-cli %1 &lt;Unterbefehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>`oktadesk-cli help %1 &lt;subcommand&gt;` lists the options a command takes, with an example.</source>
        <translation>`oktadesk-cli help %1 &lt;Unterbefehl&gt;` zeigt die Optionen eines Befehls mit einem Beispiel.</translation>
    </message>
    <message>
        <source>Use a saved connection profile.</source>
        <translation>Ein gespeichertes Verbindungsprofil verwenden.</translation>
    </message>
    <message>
        <source>Org domain or URL (acme.okta.com).</source>
        <translation>Domain oder URL der Org (acme.okta.com).</translation>
    </message>
    <message>
        <source>Name of the environment variable holding an SSWS API token.</source>
        <translation>Name der Umgebungsvariable mit einem SSWS-API-Token.</translation>
    </message>
    <message>
        <source>Client ID of the OAuth app (browser sign-in).</source>
        <translation>Client-ID der OAuth-App (Browser-Anmeldung).</translation>
    </message>
    <message>
        <source>Name of the environment variable holding the OAuth app&apos;s client secret.</source>
        <translation>Name der Umgebungsvariable mit dem Client-Secret der OAuth-App.</translation>
    </message>
    <message>
        <source>Seconds to wait for the browser (default 300).</source>
        <translation>Sekunden, die auf den Browser gewartet wird (Standard 300).</translation>
    </message>
    <message>
        <source>Okta search expression (users, groups).</source>
        <translation>Okta-Suchausdruck (users, groups).</translation>
    </message>
    <message>
        <source>Okta filter expression; for logs, the custom filter.</source>
        <translation>Okta-Filterausdruck; für logs der eigene Filter.</translation>
    </message>
    <message>
        <source>Starts-with lookup (users, groups, apps).</source>
        <translation>Suche nach Anfang (users, groups, apps).</translation>
    </message>
    <message>
        <source>System Log keywords (q).</source>
        <translation>Stichwörter im Systemprotokoll (q).</translation>
    </message>
    <message>
        <source>System Log field match key=value (repeatable).</source>
        <translation>Feldvergleich im Systemprotokoll key=value (wiederholbar).</translation>
    </message>
    <message>
        <source>Start time: ISO 8601, or 30m, 24h, 7d back from now.</source>
        <translation>Beginn: ISO 8601 oder 30m, 24h, 7d zurück ab jetzt.</translation>
    </message>
    <message>
        <source>End time: ISO 8601, or a span back from now.</source>
        <translation>Ende: ISO 8601 oder eine Spanne zurück ab jetzt.</translation>
    </message>
    <message>
        <source>asc or desc (System Log).</source>
        <translation>asc oder desc (Systemprotokoll).</translation>
    </message>
    <message>
        <source>Page size.</source>
        <translation>Seitengröße.</translation>
    </message>
    <message>
        <source>Stop after N rows.</source>
        <translation>Nach N Zeilen aufhören.</translation>
    </message>
    <message>
        <source>Stream every page.</source>
        <translation>Alle Seiten abrufen.</translation>
    </message>
    <message>
        <source>table, csv, json or ndjson (json and ndjson: each object exactly as Okta sent it).</source>
        <translation>table, csv, json oder ndjson (json und ndjson: jedes Objekt genau so, wie Okta es gesendet hat).</translation>
    </message>
    <message>
        <source>Write the list to FILE; it appears only once complete (an error or Ctrl+C leaves no file).</source>
        <translation>Die Liste in DATEI schreiben; sie erscheint erst vollständig (ein Fehler oder Strg+C hinterlässt keine Datei).</translation>
    </message>
    <message>
        <source>demo-server: port (0 picks a free one); profiles add: loopback redirect port (default 53682).</source>
        <translation>demo-server: Port (0 wählt einen freien); profiles add: Port der Loopback-Weiterleitung (Standard 53682).</translation>
    </message>
    <message>
        <source>Number of users.</source>
        <translation>Anzahl der Benutzer.</translation>
    </message>
    <message>
        <source>Number of groups.</source>
        <translation>Anzahl der Gruppen.</translation>
    </message>
    <message>
        <source>Number of System Log events.</source>
        <translation>Anzahl der Ereignisse im Systemprotokoll.</translation>
    </message>
    <message>
        <source>Data seed.</source>
        <translation>Startwert der Daten.</translation>
    </message>
    <message>
        <source>The API token it accepts.</source>
        <translation>Das API-Token, das er annimmt.</translation>
    </message>
    <message>
        <source>Background System Log events per second (default 0).</source>
        <translation>Ereignisse im Systemprotokoll pro Sekunde im Hintergrund (Standard 0).</translation>
    </message>
    <message>
        <source>No simulated rate limits (for benchmarks).</source>
        <translation>Keine simulierten Ratenlimits (für Benchmarks).</translation>
    </message>
    <message>
        <source>Check and show what would change; change nothing.</source>
        <translation>Prüfen und zeigen, was sich ändern würde; nichts ändern.</translation>
    </message>
    <message>
        <source>The service account&apos;s login (email form).</source>
        <translation>Anmeldename des Dienstkontos (in E-Mail-Form).</translation>
    </message>
    <message>
        <source>The service account&apos;s email address (a team mailbox).</source>
        <translation>E-Mail-Adresse des Dienstkontos (ein Team-Postfach).</translation>
    </message>
    <message>
        <source>First name.</source>
        <translation>Vorname.</translation>
    </message>
    <message>
        <source>Last name.</source>
        <translation>Nachname.</translation>
    </message>
    <message>
        <source>The admin role (default SUPER_ADMIN).</source>
        <translation>Die Admin-Rolle (Standard SUPER_ADMIN).</translation>
    </message>
    <message>
        <source>Okta emails an activation link instead of a generated password.</source>
        <translation>Okta sendet einen Aktivierungslink per E-Mail statt eines generierten Passworts.</translation>
    </message>
    <message>
        <source>If a step fails, undo the earlier steps without asking.</source>
        <translation>Schlägt ein Schritt fehl, die früheren Schritte ohne Nachfrage rückgängig machen.</translation>
    </message>
    <message>
        <source>the account behind the credential, and whether it is a super admin</source>
        <translation>das Konto hinter den Anmeldedaten und ob es Super-Admin ist</translation>
    </message>
    <message>
        <source>app integrations</source>
        <translation>App-Integrationen</translation>
    </message>
    <message>
        <source>System Log events (--keyword, --field, --filter, --since, --until)</source>
        <translation>Ereignisse des Systemprotokolls (--keyword, --field, --filter, --since, --until)</translation>
    </message>
    <message>
        <source>create a service account, make it an admin and assign it to an app, each step read back; a generated password is printed once</source>
        <translation>ein Dienstkonto anlegen, zum Admin machen und einer App zuweisen, jeder Schritt zurückgelesen; ein generiertes Passwort wird einmal ausgegeben</translation>
    </message>
    <message>
        <source>run the embedded demo org in the foreground</source>
        <translation>die eingebaute Demo-Org im Vordergrund ausführen</translation>
    </message>
    <message>
        <source>saved connection profiles (--format json shows id, domain, method…)</source>
        <translation>gespeicherte Verbindungsprofile (--format json zeigt ID, Domain, Methode…)</translation>
    </message>
    <message>
        <source>save a profile: --org DOMAIN and either --token-env VAR (API token), or --client-id ID (browser sign-in; then profiles login)</source>
        <translation>ein Profil speichern: --org DOMAIN und entweder --token-env VAR (API-Token) oder --client-id ID (Browser-Anmeldung; danach profiles login)</translation>
    </message>
    <message>
        <source>browser sign-in: prints the URL to open, waits for the redirect</source>
        <translation>Browser-Anmeldung: gibt die zu öffnende URL aus, wartet auf die Weiterleitung</translation>
    </message>
    <message>
        <source>rename a saved profile</source>
        <translation>ein gespeichertes Profil umbenennen</translation>
    </message>
    <message>
        <source>revokes the profile&apos;s tokens and deletes its keychain entries</source>
        <translation>widerruft die Tokens des Profils und löscht seine Schlüsselbundeinträge</translation>
    </message>
    <message>
        <source>a command&apos;s options and an example</source>
        <translation>die Optionen eines Befehls und ein Beispiel</translation>
    </message>
    <message>
        <source>print the bash completion script (installed with OktaDesk)</source>
        <translation>das Bash-Vervollständigungsskript ausgeben (mit OktaDesk installiert)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>profiles remove: remove the profile even when its tokens cannot be revoked at Okta; scopes grant/revoke: send a scope name OktaDesk does not know.</source>
        <translation>profiles remove: das Profil auch entfernen, wenn seine Tokens bei Okta nicht widerrufen werden können; scopes grant/revoke: einen Scope-Namen senden, den OktaDesk nicht kennt.</translation>
    </message>
    <message>
        <source>Keep polling for new events (a live tail, oldest first, from --since or now) until Ctrl+C; each page is printed as it arrives.</source>
        <translation>Bis Strg+C weiter nach neuen Ereignissen abfragen (Live-Verfolgung, älteste zuerst, ab --since oder jetzt); jede Seite wird ausgegeben, sobald sie eintrifft.</translation>
    </message>
    <message>
        <source>The app: its label or its id (for scopes, also its client ID).</source>
        <translation>Die App: ihr Label oder ihre ID (bei scopes auch ihre Client-ID).</translation>
    </message>
    <message>
        <source>print the filter that --field KEY=VALUE… and --filter EXPR make; sends nothing</source>
        <translation>den Filter ausgeben, den --field KEY=VALUE… und --filter EXPR ergeben; sendet nichts</translation>
    </message>
    <message>
        <source>an app&apos;s scopes and grants (--all: Okta&apos;s whole catalogue)</source>
        <translation>Scopes und Berechtigungen einer App (--all: der gesamte Katalog von Okta)</translation>
    </message>
    <message>
        <source>grant scopes to an app</source>
        <translation>einer App Scopes gewähren</translation>
    </message>
    <message>
        <source>revoke scopes from an app; auto-granted OIDC scopes are never revoked</source>
        <translation>einer App Scopes entziehen; automatisch gewährte OIDC-Scopes werden nie widerrufen</translation>
    </message>
    <message>
        <source>usage: oktadesk-cli scopes list|grant|revoke --app APP … (see --help).</source>
        <translation>Aufruf: oktadesk-cli scopes list|grant|revoke --app APP … (siehe --help).</translation>
    </message>
    <message>
        <source>scopes %1 needs --app APP (the app&apos;s id, label or client ID).</source>
        <translation>scopes %1 braucht --app APP (die ID, das Label oder die Client-ID der App).</translation>
    </message>
    <message>
        <source>usage: oktadesk-cli scopes list --app APP [--all] [--format table|json|csv]</source>
        <translation>Aufruf: oktadesk-cli scopes list --app APP [--all] [--format table|json|csv]</translation>
    </message>
    <message>
        <source>scopes list writes table, json or csv.</source>
        <translation>scopes list schreibt table, json oder csv.</translation>
    </message>
    <message>
        <source>usage: oktadesk-cli scopes %1 --app APP SCOPE… [--dry-run] [--force]</source>
        <translation>Aufruf: oktadesk-cli scopes %1 --app APP SCOPE… [--dry-run] [--force]</translation>
    </message>
    <message>
        <source>%1 is granted automatically and cannot be revoked: the authorization of connections that use the app would fail. Nothing was sent.</source>
        <translation>%1 wird automatisch gewährt und kann nicht widerrufen werden: Die Autorisierung von Verbindungen, die die App verwenden, würde scheitern. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>%1 is neither on the connector&apos;s default list nor in Okta&apos;s scope catalogue (a typo?). Nothing was sent; give --force to send it anyway.</source>
        <translation>%1 steht weder auf der Standardliste des Connectors noch im Scope-Katalog von Okta (ein Tippfehler?). Es wurde nichts gesendet; geben Sie --force an, um ihn trotzdem zu senden.</translation>
    </message>
    <message>
        <source>users groups takes one user: an id or a login.</source>
        <translation>users groups erwartet einen Benutzer: eine ID oder einen Login.</translation>
    </message>
    <message>
        <source>The user (an id or a login) whose groups to change.</source>
        <translation>Der Benutzer (eine ID oder ein Login), dessen Gruppen geändert werden.</translation>
    </message>
    <message>
        <source>The group profile attribute to set.</source>
        <translation>Das zu setzende Profilattribut der Gruppen.</translation>
    </message>
    <message>
        <source>The value (typed as the group schema says; empty clears the attribute).</source>
        <translation>Der Wert (mit dem Typ, den das Gruppenschema vorgibt; leer löscht das Attribut).</translation>
    </message>
    <message>
        <source>users (first 200, --first N or --all); without --search or --filter Okta leaves out deactivated users</source>
        <translation>Benutzer (die ersten 200, --first N oder --all); ohne --search oder --filter lässt Okta deaktivierte Benutzer weg</translation>
    </message>
    <message>
        <source>the groups USER (an id or a login) belongs to</source>
        <translation>die Gruppen, denen USER (eine ID oder ein Login) angehört</translation>
    </message>
    <message>
        <source>groups, with their member counts</source>
        <translation>Gruppen mit ihrer Mitgliederzahl</translation>
    </message>
    <message>
        <source>set one group attribute on every group a user belongs to (app groups and Everyone are skipped), after a preview of each group&apos;s current and new value</source>
        <translation>ein Gruppenattribut für jede Gruppe eines Benutzers setzen (App-Gruppen und Everyone werden übersprungen), nach einer Vorschau des aktuellen und des neuen Werts jeder Gruppe</translation>
    </message>
    <message>
        <source>%1 is an option of %2, not of `%3`.</source>
        <translation>%1 ist eine Option von %2, nicht von `%3`.</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::Command</name>
    <message>
        <source>unknown command &quot;%1&quot; (see --help).</source>
        <translation>unbekannter Befehl „%1“ (siehe --help).</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty; it must hold the API token.</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer; sie muss das API-Token enthalten.</translation>
    </message>
    <message>
        <source>--profile excludes --org and --token-env; give one or the other.</source>
        <translation>--profile schließt --org und --token-env aus; geben Sie das eine oder das andere an.</translation>
    </message>
    <message>
        <source>no org to talk to: give --profile NAME, or --org DOMAIN and --token-env VAR.</source>
        <translation>keine Org angegeben: Geben Sie --profile NAME oder --org DOMAIN und --token-env VAR an.</translation>
    </message>
    <message>
        <source>--org: %1</source>
        <translation>--org: %1</translation>
    </message>
    <message>
        <source>there is no saved profile named &quot;%1&quot; (see `oktadesk-cli profiles list`).</source>
        <translation>es gibt kein gespeichertes Profil namens „%1“ (siehe `oktadesk-cli profiles list`).</translation>
    </message>
    <message>
        <source>Run `oktadesk-cli profiles login %1` to sign in again.</source>
        <translation>Führen Sie `oktadesk-cli profiles login %1` aus, um sich erneut anzumelden.</translation>
    </message>
    <message>
        <source>Add the profile again with a current API token.</source>
        <translation>Fügen Sie das Profil mit einem aktuellen API-Token erneut hinzu.</translation>
    </message>
    <message>
        <source>%1 needs a subcommand: %2.</source>
        <translation>%1 braucht einen Unterbefehl: %2.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; the %2 commands are: %3.</source>
        <translation>unbekannter Befehl „%1“; die Befehle von %2 sind: %3.</translation>
    </message>
    <message>
        <source>usage: %1 (see `oktadesk-cli help %2`).</source>
        <translation>Aufruf: %1 (siehe `oktadesk-cli help %2`).</translation>
    </message>
    <message>
        <source>the profile&apos;s token lacks %1: %2 Turn “%3” on in OktaDesk (the page that needs it offers it), which reauthorizes the profile. Nothing was sent.</source>
        <translation>dem Token des Profils fehlt %1: %2 Schalten Sie „%3“ in OktaDesk ein (die Seite, die es braucht, bietet es an); dabei wird das Profil erneut autorisiert. Es wurde nichts gesendet.</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::DemoServerCommand</name>
    <message>
        <source>oktadesk-cli: the demo org could not start: %1</source>
        <translation>oktadesk-cli: Die Demo-Org konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Demo org listening on %1</source>
        <translation>Demo-Org lauscht auf %1</translation>
    </message>
    <message>
        <source>API token: %1</source>
        <translation>API-Token: %1</translation>
    </message>
    <message>
        <source>OAuth client ID: %1</source>
        <translation>OAuth-Client-ID: %1</translation>
    </message>
    <message>
        <source>Super admin: %1</source>
        <translation>Super-Admin: %1</translation>
    </message>
    <message>
        <source>Press Ctrl+C to stop.</source>
        <translation>Zum Beenden Strg+C drücken.</translation>
    </message>
    <message>
        <source>Public OAuth client ID (no secret, PKCE only): %1</source>
        <translation>Öffentliche OAuth-Client-ID (kein Secret, nur PKCE): %1</translation>
    </message>
    <message>
        <source>Sign-in redirect URIs: %1</source>
        <translation>Weiterleitungs-URIs für die Anmeldung: %1</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::ListCommand</name>
    <message>
        <source>--since: &quot;%1&quot; is not a time (use ISO 8601 or 30m, 24h, 7d).</source>
        <translation>--since: „%1“ ist keine Zeitangabe (verwenden Sie ISO 8601 oder 30m, 24h, 7d).</translation>
    </message>
    <message>
        <source>--until: &quot;%1&quot; is not a time (use ISO 8601 or 30m, 24h, 7d).</source>
        <translation>--until: „%1“ ist keine Zeitangabe (verwenden Sie ISO 8601 oder 30m, 24h, 7d).</translation>
    </message>
    <message>
        <source>--order takes asc or desc, not &quot;%1&quot;.</source>
        <translation>--order erwartet asc oder desc, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>Rate limit reached; waiting %n second(s)…</source>
        <translation>
            <numerusform>Ratenlimit erreicht; warte %n Sekunde…</numerusform>
            <numerusform>Ratenlimit erreicht; warte %n Sekunden…</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben.</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n row(s): </source>
        <translation>
            <numerusform>nach %n Zeile abgebrochen: </numerusform>
            <numerusform>nach %n Zeilen abgebrochen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n row(s): %1; %2 was not written (the partial file was removed).</source>
        <translation>
            <numerusform>nach %n Zeile abgebrochen: %1; %2 wurde nicht geschrieben (die unvollständige Datei wurde entfernt).</numerusform>
            <numerusform>nach %n Zeilen abgebrochen: %1; %2 wurde nicht geschrieben (die unvollständige Datei wurde entfernt).</numerusform>
        </translation>
    </message>
    <message>
        <source>--follow lists events oldest first; leave out --order desc.</source>
        <translation>--follow listet Ereignisse mit den ältesten zuerst; lassen Sie --order desc weg.</translation>
    </message>
    <message>
        <source>--search, --filter and -q exclude each other; give one.</source>
        <translation>--search, --filter und -q schließen sich gegenseitig aus; geben Sie eines davon an.</translation>
    </message>
    <message>
        <source>there is no user &quot;%1&quot; in this org.</source>
        <translation>es gibt keinen Benutzer „%1“ in dieser Org.</translation>
    </message>
    <message>
        <source>Okta&apos;s answer for &quot;%1&quot; is not a user.</source>
        <translation>Die Antwort von Okta für „%1“ ist kein Benutzer.</translation>
    </message>
    <message numerus="yes">
        <source>More users exist: these are the first %n. --all streams every one.</source>
        <translation>
            <numerusform>Es gibt mehr als %n Benutzer; dies ist nur der erste. --all ruft alle ab.</numerusform>
            <numerusform>Es gibt mehr als %n Benutzer; dies sind nur die ersten. --all ruft alle ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More groups exist: these are the first %n. --all streams every one.</source>
        <translation>
            <numerusform>Es gibt mehr als %n Gruppe; dies ist nur die erste. --all ruft alle ab.</numerusform>
            <numerusform>Es gibt mehr als %n Gruppen; dies sind nur die ersten. --all ruft alle ab.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The user belongs to %n more group(s); --all lists every one.</source>
        <translation>
            <numerusform>Der Benutzer gehört %n weiteren Gruppe an; --all listet alle auf.</numerusform>
            <numerusform>Der Benutzer gehört %n weiteren Gruppen an; --all listet alle auf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More exist: these are the first %n. --all streams every one.</source>
        <translation>
            <numerusform>Es gibt mehr als %n Eintrag; dies ist nur der erste. --all ruft alle ab.</numerusform>
            <numerusform>Es gibt mehr als %n Einträge; dies sind nur die ersten. --all ruft alle ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Without --search or --filter, Okta leaves deactivated (DEPROVISIONED) users out; --search &apos;status eq &quot;DEPROVISIONED&quot;&apos; lists them.</source>
        <translation>Ohne --search oder --filter lässt Okta deaktivierte (DEPROVISIONED) Benutzer weg; --search &apos;status eq &quot;DEPROVISIONED&quot;&apos; listet sie auf.</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::OnboardCommand</name>
    <message>
        <source>--app names the app to assign the account to (its label or id).</source>
        <translation>--app nennt die App, der das Konto zugewiesen wird (ihre Bezeichnung oder ID).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>oktadesk-cli: stopping after the request in flight…</source>
        <translation>oktadesk-cli: wird nach der laufenden Anfrage angehalten…</translation>
    </message>
    <message>
        <source>interrupted; nothing was undone. %1</source>
        <translation>unterbrochen; nichts wurde rückgängig gemacht. %1</translation>
    </message>
    <message>
        <source>interrupted; nothing was changed in the org.</source>
        <translation>unterbrochen; in der Org wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Checks:</source>
        <translation>Prüfungen:</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>the checks failed; nothing was changed in the org.</source>
        <translation>die Prüfungen sind fehlgeschlagen; in der Org wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Onboarding would send, and check each by reading it back by id:</source>
        <translation>Probelauf: Es wurde nichts geändert. Die Einrichtung würde Folgendes senden und jeweils durch Zurücklesen per ID prüfen:</translation>
    </message>
    <message>
        <source>  POST /api/v1/users?activate=true          create %1 (%2)</source>
        <translation>  POST /api/v1/users?activate=true          %1 anlegen (%2)</translation>
    </message>
    <message>
        <source>a generated password, printed once</source>
        <translation>ein generiertes Passwort, einmal ausgegeben</translation>
    </message>
    <message>
        <source>Okta emails an activation link to %1</source>
        <translation>Okta sendet einen Aktivierungslink an %1</translation>
    </message>
    <message>
        <source>  POST /api/v1/users/{new id}/roles         assign %1</source>
        <translation>  POST /api/v1/users/{neue ID}/roles        %1 zuweisen</translation>
    </message>
    <message>
        <source>  POST /api/v1/apps/%1/users  assign it to “%2”</source>
        <translation>  POST /api/v1/apps/%1/users  der App „%2“ zuweisen</translation>
    </message>
    <message>
        <source>undo %1/%2 %3: %4 %5</source>
        <translation>rückgängig %1/%2 %3: %4 %5</translation>
    </message>
    <message>
        <source>%1/%2 %3: %4 %5</source>
        <translation>%1/%2 %3: %4 %5</translation>
    </message>
    <message>
        <source>ok.</source>
        <translation>ok.</translation>
    </message>
    <message>
        <source>FAILED.</source>
        <translation>FEHLGESCHLAGEN.</translation>
    </message>
    <message>
        <source>Password (shown once; OktaDesk keeps no copy): %1</source>
        <translation>Passwort (nur einmal angezeigt; OktaDesk behält keine Kopie): %1</translation>
    </message>
    <message>
        <source>Next: sign in as %1 to authorize the connection: in OktaDesk, Add profile… (the connection wizard), or `oktadesk-cli profiles add NAME --org %2 --client-id ID` and then `oktadesk-cli profiles login NAME`.</source>
        <translation>Als Nächstes: Melden Sie sich als %1 an, um die Verbindung zu autorisieren: in OktaDesk über Profil hinzufügen… (den Verbindungsassistenten) oder mit `oktadesk-cli profiles add NAME --org %2 --client-id ID` und danach `oktadesk-cli profiles login NAME`.</translation>
    </message>
    <message>
        <source>In the org now:</source>
        <translation>Jetzt in der Org:</translation>
    </message>
    <message>
        <source>onboarding failed at step %1; everything it created was removed.</source>
        <translation>die Einrichtung schlug bei Schritt %1 fehl; alles, was sie angelegt hat, wurde entfernt.</translation>
    </message>
    <message>
        <source>the undo stopped before it was complete; what exists is listed above.</source>
        <translation>das Rückgängigmachen hat vor dem Ende angehalten; was existiert, ist oben aufgeführt.</translation>
    </message>
    <message>
        <source>step %1 failed: %2</source>
        <translation>Schritt %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Nothing was created in the org.</source>
        <translation>In der Org wurde nichts angelegt.</translation>
    </message>
    <message>
        <source>Undoing, as --undo-on-failure asks…</source>
        <translation>Wird rückgängig gemacht, wie --undo-on-failure verlangt…</translation>
    </message>
    <message>
        <source>Nothing was undone (no terminal to ask; --undo-on-failure undoes without asking). What exists is listed above.</source>
        <translation>Nichts wurde rückgängig gemacht (kein Terminal zum Nachfragen; --undo-on-failure macht ohne Nachfrage rückgängig). Was existiert, ist oben aufgeführt.</translation>
    </message>
    <message>
        <source>Undo these changes (remove the role, deactivate and delete the user)? Type yes to undo, anything else to keep them:</source>
        <translation>Diese Änderungen rückgängig machen (Rolle entfernen, Benutzer deaktivieren und löschen)? Geben Sie yes ein, um sie rückgängig zu machen, oder etwas anderes, um sie zu behalten:</translation>
    </message>
    <message>
        <source>step %1 failed; the changes were kept as listed above.</source>
        <translation>Schritt %1 ist fehlgeschlagen; die Änderungen wurden wie oben aufgeführt behalten.</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::Options</name>
    <message>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 braucht eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>--all and --first exclude each other.</source>
        <translation>--all und --first schließen sich gegenseitig aus.</translation>
    </message>
    <message>
        <source>--format takes table, csv, json or ndjson, not &quot;%1&quot;.</source>
        <translation>--format erwartet table, csv, json oder ndjson, nicht „%1“.</translation>
    </message>
    <message>
        <source>--output needs a file name.</source>
        <translation>--output braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>--follow runs until Ctrl+C: it takes neither --all, --first nor --until.</source>
        <translation>--follow läuft bis Strg+C: Es akzeptiert weder --all noch --first noch --until.</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::ProfileCommand</name>
    <message>
        <source>there is no saved profile named &quot;%1&quot; (see `oktadesk-cli profiles list`).</source>
        <translation>es gibt kein gespeichertes Profil namens „%1“ (siehe `oktadesk-cli profiles list`).</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::ProfileContext</name>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>profiles needs a subcommand: list, add, remove, rename or login.</source>
        <translation>profiles braucht einen Unterbefehl: list, add, remove, rename oder login.</translation>
    </message>
    <message>
        <source>unknown command &quot;profiles %1&quot; (see --help).</source>
        <translation>unbekannter Befehl „profiles %1“ (siehe --help).</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::ProfilesAddCommand</name>
    <message>
        <source>profiles add needs --org DOMAIN.</source>
        <translation>profiles add braucht --org DOMAIN.</translation>
    </message>
    <message>
        <source>profiles add needs exactly one of --token-env VAR (API token) or --client-id ID (browser sign-in).</source>
        <translation>profiles add braucht genau eines von --token-env VAR (API-Token) oder --client-id ID (Browser-Anmeldung).</translation>
    </message>
    <message>
        <source>--client-secret-env and --port belong to a browser profile (--client-id), not to --token-env.</source>
        <translation>--client-secret-env und --port gehören zu einem Browser-Profil (--client-id), nicht zu --token-env.</translation>
    </message>
    <message>
        <source>profiles add takes the profile name as an argument, not --profile.</source>
        <translation>profiles add erwartet den Profilnamen als Argument, nicht als --profile.</translation>
    </message>
    <message>
        <source>--org: %1</source>
        <translation>--org: %1</translation>
    </message>
    <message>
        <source>oktadesk-cli: warning: %1</source>
        <translation>oktadesk-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty; it must hold the API token.</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer; sie muss das API-Token enthalten.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set or empty; it must hold the client secret.</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt oder leer; sie muss das Client-Secret enthalten.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; saved for %2.</source>
        <translation>Profil „%1“ für %2 gespeichert.</translation>
    </message>
    <message>
        <source>Register %1 as a sign-in redirect URI on the app, then run `oktadesk-cli profiles login %2` next.</source>
        <translation>Registrieren Sie %1 als Anmelde-Weiterleitungs-URI bei der App und führen Sie danach `oktadesk-cli profiles login %2` aus.</translation>
    </message>
    <message>
        <source>--port: Okta accepts only the exact redirect URI registered on the app, port included; 0 is not a port one can register.</source>
        <translation>--port: Okta akzeptiert nur genau die bei der App registrierte Weiterleitungs-URI, einschließlich Port; 0 ist kein Port, den man registrieren kann.</translation>
    </message>
    <message>
        <source>the API token was not saved: %1</source>
        <translation>das API-Token wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>The API token belongs to %1.</source>
        <translation>Das API-Token gehört zu %1.</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::ProfilesLoginCommand</name>
    <message>
        <source>interrupted; nothing was stored.</source>
        <translation>unterbrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot; uses an API token; only browser profiles (--client-id) sign in.</source>
        <translation>Profil „%1“ verwendet ein API-Token; nur Browser-Profile (--client-id) melden sich an.</translation>
    </message>
    <message>
        <source>profile &quot;%1&quot;: %2</source>
        <translation>Profil „%1“: %2</translation>
    </message>
    <message>
        <source>Open the URL above in a browser and sign in as a super admin. Waiting for the redirect to %1 (Ctrl+C cancels)…</source>
        <translation>Öffnen Sie die obige URL in einem Browser und melden Sie sich als Super-Admin an. Warte auf die Weiterleitung an %1 (Strg+C bricht ab)…</translation>
    </message>
    <message>
        <source>sign-in cancelled; nothing was stored.</source>
        <translation>Anmeldung abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>oktadesk-cli: warning: Okta sent no refresh token (is offline_access granted to the app?); the profile works for an hour.</source>
        <translation>oktadesk-cli: Warnung: Okta hat kein Aktualisierungstoken gesendet (ist offline_access der App gewährt?); das Profil funktioniert eine Stunde lang.</translation>
    </message>
    <message>
        <source>Signed in; profile &quot;%1&quot; is ready.</source>
        <translation>Angemeldet; Profil „%1“ ist bereit.</translation>
    </message>
    <message numerus="yes">
        <source>no sign-in came back from the browser within %n second(s); nothing was stored. Run the login again (--timeout gives more time).</source>
        <translation>
            <numerusform>innerhalb von %n Sekunde kam keine Anmeldung vom Browser zurück; nichts wurde gespeichert. Starten Sie die Anmeldung erneut (--timeout gibt mehr Zeit).</numerusform>
            <numerusform>innerhalb von %n Sekunden kam keine Anmeldung vom Browser zurück; nichts wurde gespeichert. Starten Sie die Anmeldung erneut (--timeout gibt mehr Zeit).</numerusform>
        </translation>
    </message>
    <message>
        <source>oktadesk-cli: note: %1</source>
        <translation>oktadesk-cli: Hinweis: %1</translation>
    </message>
    <message>
        <source>oktadesk-cli: warning: %1</source>
        <translation>oktadesk-cli: Warnung: %1</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::ProfilesRemoveCommand</name>
    <message>
        <source>oktadesk-cli: note: the API token stays valid at Okta; revoke it in the Admin Console (Security &gt; API &gt; Tokens) if nothing else uses it.</source>
        <translation>oktadesk-cli: Hinweis: Das API-Token bleibt bei Okta gültig; widerrufen Sie es in der Admin Console (Security &gt; API &gt; Tokens), wenn nichts anderes es verwendet.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; removed.</source>
        <translation>Profil „%1“ entfernt.</translation>
    </message>
    <message>
        <source>oktadesk-cli: warning: %1</source>
        <translation>oktadesk-cli: Warnung: %1</translation>
    </message>
    <message>
        <source>oktadesk-cli: --force: removing the profile without revoking.</source>
        <translation>oktadesk-cli: --force: Das Profil wird ohne Widerruf entfernt.</translation>
    </message>
    <message>
        <source>Run `oktadesk-cli profiles remove %1` again to retry, or add --force to remove it anyway.</source>
        <translation>Führen Sie `oktadesk-cli profiles remove %1` erneut aus, um es noch einmal zu versuchen, oder fügen Sie --force hinzu, um es trotzdem zu entfernen.</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::ProfilesRenameCommand</name>
    <message>
        <source>Profile &quot;%1&quot; is now &quot;%2&quot;.</source>
        <translation>Profil „%1“ heißt jetzt „%2“.</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::ScopesCommand</name>
    <message>
        <source>the org has no app whose id, label or client ID is &quot;%1&quot; (see `oktadesk-cli apps list`).</source>
        <translation>die Org hat keine App mit der ID, dem Label oder der Client-ID &quot;%1&quot; (siehe `oktadesk-cli apps list`).</translation>
    </message>
    <message>
        <source>%1 apps are labelled &quot;%2&quot;; give one of their ids: %3.</source>
        <translation>%1 Apps haben das Label &quot;%2&quot;; geben Sie eine ihrer IDs an: %3.</translation>
    </message>
    <message>
        <source>%1: already granted</source>
        <translation>%1: bereits gewährt</translation>
    </message>
    <message>
        <source>%1: not granted; nothing to revoke</source>
        <translation>%1: nicht gewährt; nichts zu widerrufen</translation>
    </message>
    <message>
        <source>%1: would grant to &quot;%2&quot;</source>
        <translation>%1: würde &quot;%2&quot; gewährt</translation>
    </message>
    <message>
        <source>%1: would revoke from &quot;%2&quot;</source>
        <translation>%1: würde bei &quot;%2&quot; widerrufen</translation>
    </message>
    <message>
        <source>Rate limit reached; waiting %1 s…</source>
        <translation>Ratenlimit erreicht; Warten für %1 s…</translation>
    </message>
    <message>
        <source>%1: granted</source>
        <translation>%1: gewährt</translation>
    </message>
    <message>
        <source>%1: revoked</source>
        <translation>%1: widerrufen</translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Connections that use &quot;%1&quot; must be reauthorized to pick up the change.</source>
        <translation>Verbindungen, die &quot;%1&quot; verwenden, müssen erneut autorisiert werden, um die Änderung zu übernehmen.</translation>
    </message>
    <message>
        <source>%1 of %2 change(s) failed.</source>
        <translation>%1 von %2 Änderung(en) fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::SetGroupAttributeCommand</name>
    <message>
        <source>groups set-attribute needs --user USER, --attribute NAME and --value VALUE (--value &quot;&quot; clears the attribute).</source>
        <translation>groups set-attribute braucht --user USER, --attribute NAME und --value VALUE (--value &quot;&quot; löscht das Attribut).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Dry run for %1: %2. Nothing was changed.</source>
        <translation>Probelauf für %1: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Stopping: the updates already sent finish, nothing new starts…</source>
        <translation>Wird angehalten: Bereits gesendete Aktualisierungen werden abgeschlossen, keine neue beginnt…</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) could not be updated (see above); the other updates stand.</source>
        <translation>
            <numerusform>%n Gruppe konnte nicht aktualisiert werden (siehe oben); die übrigen Aktualisierungen bleiben bestehen.</numerusform>
            <numerusform>%n Gruppen konnten nicht aktualisiert werden (siehe oben); die übrigen Aktualisierungen bleiben bestehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; the groups marked as not attempted keep their old value.</source>
        <translation>unterbrochen; die als nicht versucht markierten Gruppen behalten ihren alten Wert.</translation>
    </message>
</context>
<context>
    <name>oktadesk::cli::WhoAmICommand</name>
    <message>
        <source>%1 (%2) on %3</source>
        <translation>%1 (%2) auf %3</translation>
    </message>
    <message>
        <source>Admin roles: %1</source>
        <translation>Administratorrollen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Super admin: yes</source>
        <translation>Super-Admin: ja</translation>
    </message>
    <message>
        <source>the admin roles could not be read: %1</source>
        <translation>Die Administratorrollen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Super admin: NO — %1</source>
        <translation>Super-Admin: NEIN — %1</translation>
    </message>
</context>
</TS>
