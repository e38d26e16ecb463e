package nl.buurtkaarten.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.buurtkaarten.security.RememberedDevices.Accepted;
import nl.buurtkaarten.security.RememberedDevices.Stolen;
import nl.buurtkaarten.security.RememberedDevices.Unknown;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/** Remembered devices: stored hashed, rotating, revocable. */
@SpringBootTest
@ActiveProfiles("test")
class RememberedDevicesTest {

    @Autowired
    RememberedDevices devices;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theTokenIsStoredOnlyAsAHashAndReplacedAtEveryUse() {
        accounts.create("device-owner", "een-lang-genoeg-wachtwoord", List.of(Roles.FACILITATOR));
        String[] cookie = devices.remember("device-owner");
        String stored = jdbc.sql("select token_hash from remembered_device where series = ?")
                .param(cookie[0])
                .query(String.class)
                .single();
        assertThat(stored).isNotEqualTo(cookie[1]).hasSize(64);

        Accepted first = (Accepted) devices.use(cookie[0], cookie[1]);
        assertThat(first.username()).isEqualTo("device-owner");
        assertThat(first.newToken()).isNotNull().isNotEqualTo(cookie[1]);
        // A request that left the browser at the same moment with the old token still gets in, without a new token.
        assertThat(devices.use(cookie[0], cookie[1])).isEqualTo(new Accepted("device-owner", null));
        assertThat(devices.use(cookie[0], first.newToken())).isInstanceOf(Accepted.class);
    }

    @Test
    void anOldTokenUsedLaterMeansACopiedCookieAndSignsTheAccountOutEverywhere() {
        accounts.create("copied-cookie", "een-lang-genoeg-wachtwoord", List.of(Roles.FACILITATOR));
        String[] cookie = devices.remember("copied-cookie");
        String[] other = devices.remember("copied-cookie");
        Accepted rotated = (Accepted) devices.use(cookie[0], cookie[1]);
        devices.use(cookie[0], rotated.newToken());

        assertThat(devices.use(cookie[0], cookie[1])).isInstanceOf(Stolen.class);
        assertThat(devices.use(other[0], other[1])).isInstanceOf(Unknown.class);
        assertThat(devices.devices("copied-cookie")).isEmpty();
    }

    @Test
    void disablingAnAccountOrGivingItANewPasswordForgetsItsDevices() {
        accounts.create("revoked-owner", "een-lang-genoeg-wachtwoord", List.of(Roles.FACILITATOR));
        String[] laptop = devices.remember("revoked-owner");
        devices.remember("revoked-owner");
        assertThat(accounts.devices("revoked-owner")).hasSize(2);

        accounts.setEnabled("revoked-owner", false, "beheerder");
        assertThat(accounts.devices("revoked-owner")).isEmpty();
        assertThat(devices.use(laptop[0], laptop[1])).isInstanceOf(Unknown.class);

        accounts.setEnabled("revoked-owner", true, "beheerder");
        String[] again = devices.remember("revoked-owner");
        accounts.resetPassword("revoked-owner", "nog-een-lang-wachtwoord");
        assertThat(devices.use(again[0], again[1])).isInstanceOf(Unknown.class);
    }

    @Test
    void malformedCookiesAreUnknownWithoutALookUp() {
        assertThat(devices.use("kort", "ook-kort")).isInstanceOf(Unknown.class);
        assertThat(devices.use("x".repeat(10_000), "y")).isInstanceOf(Unknown.class);
    }
}
