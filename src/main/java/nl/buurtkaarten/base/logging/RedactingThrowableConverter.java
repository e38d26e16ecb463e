package nl.buurtkaarten.base.logging;

import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.classic.spi.ThrowableProxy;
import org.springframework.boot.logging.logback.ExtendedWhitespaceThrowableProxyConverter;

/**
 * Spring Boot's stack trace layout, with the message of every database error in the chain
 * withheld ({@link DatabaseErrors}). Registered as {@code %redactedEx} in {@code logback-spring.xml},
 * which sets it as Spring Boot's {@code LOG_EXCEPTION_CONVERSION_WORD}, so that every stack trace in
 * the console and file layouts goes through it.
 */
public class RedactingThrowableConverter extends ExtendedWhitespaceThrowableProxyConverter {

    @Override
    protected String throwableProxyToString(IThrowableProxy proxy) {
        return super.throwableProxyToString(Redacted.of(proxy));
    }

    /** The same exception for logback's layout, with its message (and those of its causes) withheld where needed. */
    private record Redacted(IThrowableProxy proxy) implements IThrowableProxy {

        static IThrowableProxy of(IThrowableProxy proxy) {
            return proxy == null ? null : new Redacted(proxy);
        }

        private boolean withheld() {
            return DatabaseErrors.isWithheld(proxy.getClassName());
        }

        @Override
        public String getMessage() {
            return withheld()
                    ? DatabaseErrors.withheldMessage(
                            proxy.getMessage(), proxy instanceof ThrowableProxy real ? real.getThrowable() : null)
                    : proxy.getMessage();
        }

        @Override
        public String getOverridingMessage() {
            return withheld() ? null : proxy.getOverridingMessage();
        }

        @Override
        public String getClassName() {
            return proxy.getClassName();
        }

        @Override
        public StackTraceElementProxy[] getStackTraceElementProxyArray() {
            return proxy.getStackTraceElementProxyArray();
        }

        @Override
        public int getCommonFrames() {
            return proxy.getCommonFrames();
        }

        @Override
        public IThrowableProxy getCause() {
            return of(proxy.getCause());
        }

        @Override
        public IThrowableProxy[] getSuppressed() {
            IThrowableProxy[] suppressed = proxy.getSuppressed();
            if (suppressed == null) {
                return null;
            }
            IThrowableProxy[] redacted = new IThrowableProxy[suppressed.length];
            for (int i = 0; i < suppressed.length; i++) {
                redacted[i] = of(suppressed[i]);
            }
            return redacted;
        }

        @Override
        public boolean isCyclic() {
            return proxy.isCyclic();
        }
    }
}
