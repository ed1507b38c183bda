package cloud.citizen.emulator.backend;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The embedded emulators log every start, stop and queue creation at INFO; in a test run that
 * buries the test's own output. Raised to WARNING unless the user configured those loggers.
 */
final class EmulatorLogLevels {

    private static final List<String> NOISY = List.of("org.gaul", "org.elasticmq", "org.apache.pekko");
    /** JUL holds loggers weakly: without these references the levels would be lost on the next GC. */
    private static final List<Logger> QUIETED = NOISY.stream().map(Logger::getLogger).toList();

    private EmulatorLogLevels() {
    }

    static void quiet() {
        for (Logger logger : QUIETED) {
            if (logger.getLevel() == null) {
                logger.setLevel(Level.WARNING);
            }
        }
    }
}
