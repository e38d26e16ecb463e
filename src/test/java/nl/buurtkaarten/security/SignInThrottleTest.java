package nl.buurtkaarten.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** Password guessing: five wrong passwords lock the account for a while, even for the right one. */
@SpringBootTest
@ActiveProfiles("test")
class SignInThrottleTest {

    @Autowired
    AccountService accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    void fiveWrongPasswordsLockTheAccountForAWhile() {
        accounts.create("throttled", "juist-wachtwoord-123", List.of(Roles.FACILITATOR));
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        AuthenticationManager signIn = manager;

        assertThat(signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("throttled", "juist-wachtwoord-123"))
                .isAuthenticated()).isTrue();
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("throttled", "fout")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> signIn.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("throttled", "juist-wachtwoord-123")))
                .isInstanceOf(LockedException.class);
        assertThat(accounts.loadUserByUsername("throttled").isAccountNonLocked()).isFalse();
    }
}
