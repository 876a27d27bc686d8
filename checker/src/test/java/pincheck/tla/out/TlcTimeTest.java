package pincheck.tla.out;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TlcTimeTest {
    private static String finished(String body) {
        return "@!@!@STARTMSG 2186:0 @!@!@\n" + body + "\n@!@!@ENDMSG 2186 @!@!@\n";
    }

    @Test
    void readsMillisecondsAndMinutes() {
        assertEquals(OptionalLong.of(12466), TlcTime.engineMillis(finished("Finished in 12466ms at (2026-11-25 10:31:04)")));
        assertEquals(OptionalLong.of(65_000), TlcTime.engineMillis(finished("Finished in 01min 05s at (2026-11-25 10:31:04)")));
        assertEquals(OptionalLong.of(3_723_000), TlcTime.engineMillis(finished("Finished in 01h 02min 03s at (x)")));
    }

    @Test
    void emptyWithoutTheFinalMessage() {
        assertEquals(OptionalLong.empty(), TlcTime.engineMillis("@!@!@STARTMSG 2185:0 @!@!@\nStarting...\n@!@!@ENDMSG 2185 @!@!@\n"));
    }
}
