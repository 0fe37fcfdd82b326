package org.vigia.app;

import ch.qos.logback.classic.pattern.ThrowableHandlingConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.CoreConstants;

/**
 * Writes an exception to the log without its messages: the class of each cause, a database
 * error's code, and the stack frames. Messages can carry data (a database error quotes the
 * values of the row it refused: names, document numbers), and logs must never hold any.
 * Used in logback.xml as {@code %safeEx}.
 */
public final class SafeThrowableConverter extends ThrowableHandlingConverter {
    private static final int MAX_FRAMES = 40;

    @Override
    public String convert(ILoggingEvent event) {
        IThrowableProxy t = event.getThrowableProxy();
        if (t == null) {
            return CoreConstants.EMPTY_STRING;
        }
        StringBuilder sb = new StringBuilder();
        String prefix = "";
        int depth = 0;
        while (t != null && depth++ < 10) {
            sb.append(prefix).append(t.getClassName()).append(" (message withheld)").append(CoreConstants.LINE_SEPARATOR);
            StackTraceElementProxy[] frames = t.getStackTraceElementProxyArray();
            int shown = Math.min(frames.length - t.getCommonFrames(), MAX_FRAMES);
            for (int i = 0; i < shown; i++) {
                sb.append('\t').append(frames[i].getSTEAsString()).append(CoreConstants.LINE_SEPARATOR);
            }
            if (frames.length > shown) {
                sb.append("\t... ").append(frames.length - shown).append(" more").append(CoreConstants.LINE_SEPARATOR);
            }
            t = t.getCause();
            prefix = "Caused by: ";
        }
        return sb.toString();
    }
}
