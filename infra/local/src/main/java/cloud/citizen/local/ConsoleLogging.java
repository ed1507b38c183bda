package cloud.citizen.local;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.logging.ConsoleHandler;
import java.util.logging.Formatter;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** One short line per log record on the runner's console; the emulators' chatter stays at WARNING. */
final class ConsoleLogging {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private ConsoleLogging() {
    }

    static void install() {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.WARNING);
        ConsoleHandler handler = new ConsoleHandler();
        handler.setLevel(Level.ALL);
        handler.setFormatter(new Formatter() {
            @Override
            public String format(LogRecord record) {
                String thrown = record.getThrown() == null ? "" : " (" + record.getThrown() + ")";
                return TIME.format(LocalTime.now()) + " " + formatMessage(record) + thrown + System.lineSeparator();
            }
        });
        root.addHandler(handler);
        Logger.getLogger("cloud.citizen.local").setLevel(Level.INFO);
    }
}
