package nl.buurtkaarten.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.buurtkaarten.base.UserFacingException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts of facilitators and administrators, stored in the database with a password hash. */
@Service
public class AccountService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final RememberedDevices devices;
    private final Sessions sessions;
    private final ApiTokens apiTokens;
    private final ApplicationEventPublisher events;

    AccountService(
            JdbcClient jdbc,
            PasswordEncoder passwordEncoder,
            Clock clock,
            RememberedDevices devices,
            Sessions sessions,
            ApiTokens apiTokens,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.devices = devices;
        this.sessions = sessions;
        this.apiTokens = apiTokens;
        this.events = events;
    }

    public long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    /** An account as the administrator sees it; never the password hash. */
    public record Account(String username, List<String> roles, boolean enabled) {}

    public static final int MIN_PASSWORD = 12;
    /** The longest user name the sign-in form accepts (the database column's length). */
    public static final int MAX_USERNAME = 100;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,39}");

    public List<Account> accounts() {
        return jdbc.sql("select username, roles, enabled from account order by username")
                .query((rs, row) -> new Account(
                        rs.getString("username"),
                        Arrays.stream(rs.getString("roles").split(","))
                                .map(String::strip)
                                .toList(),
                        rs.getBoolean("enabled")))
                .list();
    }

    /** Adds an account for someone else, checked; the administrator tells them the password. */
    @Transactional
    public void add(String username, String rawPassword, List<String> roles) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(name).matches()) {
            throw new UserFacingException("account.error.username");
        }
        if (jdbc.sql("select count(*) from account where username = ?")
                        .param(name)
                        .query(Long.class)
                        .single()
                > 0) {
            throw new UserFacingException("account.error.taken", name);
        }
        checkPassword(rawPassword);
        if (roles == null || roles.isEmpty()) {
            throw new UserFacingException("account.error.no-roles");
        }
        create(name, rawPassword, roles);
    }

    /**
     * Disables or enables an account; an administrator cannot lock themselves out. Disabling signs
     * the account out everywhere: its remembered devices and its open sessions; its personal API tokens
     * are refused while it is disabled, and its open live connections are closed.
     */
    @Transactional
    public void setEnabled(String username, boolean enabled, String actingAdmin) {
        if (!enabled && username.equals(actingAdmin)) {
            throw new UserFacingException("account.error.self");
        }
        jdbc.sql("update account set enabled = ? where username = ?")
                .params(enabled, username)
                .update();
        if (!enabled) {
            // First, so that its open live connections learn that the account was locked (not just signed out).
            events.publishEvent(new AuthenticationEnded.AccountLocked(username));
            signOutEverywhere(username);
        }
    }

    /**
     * Gives an account a new password, and signs it out everywhere: whoever knew the old one is out,
     * also through a personal API token they could have made with it (all of them are revoked).
     */
    @Transactional
    public void resetPassword(String username, String rawPassword) {
        checkPassword(rawPassword);
        int changed = jdbc.sql("update account set password_hash = ? where username = ?")
                .params(passwordEncoder.encode(rawPassword), username)
                .update();
        if (changed == 0) {
            throw new UserFacingException("account.error.not-found");
        }
        signOutEverywhere(username);
        apiTokens.revokeAll(username);
    }

    /** Forgets every device this account is remembered on and ends its sessions; the next page asks for the password. */
    @Transactional
    public void signOutEverywhere(String username) {
        devices.revokeAll(username);
        sessions.endEverywhere(username);
    }

    /** The devices this account stays signed in on. */
    public List<RememberedDevices.Device> devices(String username) {
        return devices.devices(username);
    }

    private static void checkPassword(String rawPassword) {
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD) {
            throw new UserFacingException("account.error.password", MIN_PASSWORD);
        }
    }

    @Transactional
    public void create(String username, String rawPassword, List<String> roles) {
        jdbc.sql("insert into account (username, password_hash, roles, enabled, created_at) values (?, ?, ?, true, ?)")
                .params(
                        username,
                        passwordEncoder.encode(rawPassword),
                        String.join(",", roles),
                        Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, roles, enabled from account where username = ?")
                .param(username)
                .query((rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(Arrays.stream(rs.getString("roles").split(","))
                                .map(String::strip)
                                .toArray(String[]::new))
                        .disabled(!rs.getBoolean("enabled"))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
