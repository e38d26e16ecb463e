package nl.buurtkaarten.security;

import java.security.SecureRandom;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On the first start, when there are no accounts, creates the first facilitator: from
 * {@code buurtkaarten.admin.username}/{@code buurtkaarten.admin.password} when set, otherwise with a
 * generated one-time password that is printed once to the console. No password ships in the code.
 */
@Component
class InitialAccount {

    private static final Logger log = LoggerFactory.getLogger(InitialAccount.class);

    private final AccountService accounts;
    private final SecureRandom random;
    private final String username;
    private final String password;

    InitialAccount(
            AccountService accounts,
            SecureRandom random,
            @Value("${buurtkaarten.admin.username:}") String username,
            @Value("${buurtkaarten.admin.password:}") String password) {
        this.accounts = accounts;
        this.random = random;
        this.username = username.isBlank() ? "gespreksleider" : username.strip();
        this.password = password;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        if (accounts.count() > 0) {
            return;
        }
        String signInUrl = "http://localhost:" + port(event) + "/login";
        if (!password.isBlank()) {
            accounts.create(username, password, List.of(Roles.FACILITATOR, Roles.EDITOR, Roles.ADMIN));
            log.info(
                    "Created the first account '{}' with the password from the configuration. Sign in at {}",
                    username,
                    signInUrl);
            return;
        }
        String oneTime = OneTimePasswords.generate(random);
        accounts.create(username, oneTime, List.of(Roles.FACILITATOR, Roles.EDITOR, Roles.ADMIN));
        // Printed once, on purpose, to the console only: the facilitator needs it to sign in the first time.
        System.out.printf(
                "%n================================================================%n"
                        + " Buurtkaarten: first start, an account was created for you.%n"
                        + "   Sign in at: %s%n"
                        + "   User name:  %s%n"
                        + "   Password:   %s%n"
                        + " This password is shown only this once. Write it down.%n"
                        + "================================================================%n%n",
                signInUrl, username, oneTime);
    }

    private static int port(ApplicationReadyEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
            return web.getWebServer().getPort();
        }
        return 8080;
    }
}
