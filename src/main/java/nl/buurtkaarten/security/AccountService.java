package nl.buurtkaarten.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
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
    private final SignInThrottle throttle;

    AccountService(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock, SignInThrottle throttle) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
        this.throttle = throttle;
    }

    public long count() {
        return jdbc.sql("select count(*) from account").query(Long.class).single();
    }

    @Transactional
    public void create(String username, String rawPassword, List<String> roles) {
        jdbc.sql("insert into account (username, password_hash, roles, enabled, created_at) values (?, ?, ?, true, ?)")
                .params(username, passwordEncoder.encode(rawPassword), String.join(",", roles),
                        Timestamp.from(clock.instant()))
                .update();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, roles, enabled from account where username = ?")
                .param(username)
                .query((rs, row) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .roles(Arrays.stream(rs.getString("roles").split(",")).map(String::strip).toArray(String[]::new))
                        .disabled(!rs.getBoolean("enabled"))
                        .accountLocked(throttle.isThrottled(username))
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }
}
