package pincheck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import pincheck.alloy.Agreement;
import pincheck.alloy.AgreementSummary;
import pincheck.property.Property;
import pincheck.verdict.Verdict;

/** A cached comparison reads back as written, its document type package-private as it is. */
class AgreementCodecTest {
    @Test
    void whatIsStoredReadsBackEqual() {
        for (Optional<String> skipped : java.util.List.of(Optional.<String>empty(), Optional.of("not mirrored"))) {
            AgreementSummary a = new AgreementSummary(ImmutableList.of(new AgreementSummary.Line(Property.NO_UNDERFLOW,
                    Agreement.Status.NOT_COMPARED, Verdict.INCONCLUSIVE, "TLC holds, Alloy inconclusive")), 9, skipped,
                    1.5);
            assertEquals(Optional.of(a), AgreementCodec.read(AgreementCodec.write(a)));
        }
    }
}
