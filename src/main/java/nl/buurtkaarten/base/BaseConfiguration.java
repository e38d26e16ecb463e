package nl.buurtkaarten.base;

import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class BaseConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Answers a page that lost its connection, right after the security headers and before sign-in or sessions. */
    @Bean
    FilterRegistrationBean<ConnectionProbe> connectionProbe() {
        FilterRegistrationBean<ConnectionProbe> registration = new FilterRegistrationBean<>(new ConnectionProbe());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns(ConnectionProbe.PATH);
        return registration;
    }

    /** The production bundle's files, named after their content, are cached by phones for good. */
    @Bean
    FilterRegistrationBean<VersionedScripts> versionedScripts() {
        FilterRegistrationBean<VersionedScripts> registration = new FilterRegistrationBean<>(new VersionedScripts());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns(VersionedScripts.PATH);
        return registration;
    }

    /** The parents' pictures, asked for under a hash of their content, are cached by phones for good. */
    @Bean
    FilterRegistrationBean<VersionedIcons> versionedIcons() {
        FilterRegistrationBean<VersionedIcons> registration = new FilterRegistrationBean<>(new VersionedIcons());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        registration.addUrlPatterns(VersionedIcons.PATH);
        return registration;
    }

    /** One strong random source for join codes, participant tokens and passwords. */
    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
