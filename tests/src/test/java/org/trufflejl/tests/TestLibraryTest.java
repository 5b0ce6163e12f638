package org.trufflejl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.trufflejl.tests.GoldenTest.Run;

/** The Test standard library (`using Test`). Summaries contain a run time, so they are matched by pattern. */
public class TestLibraryTest {
    private static Run script(String name) {
        return GoldenTest.launch(List.of(TestSupport.projectRoot().resolve("tests/scripts/" + name).toString()), "");
    }

    @Test
    void passingTestsSummarise() {
        Run r = script("testlib_pass.jl");
        assertEquals(0, r.status(), r.err());
        assertTrue(Pattern.compile("Test Summary: \\| Pass  Broken  Total  Time\nquiet         \\|    2       1      3  \\d+\\.\\ds\n2 1 0\n")
                        .matcher(r.out()).matches(), r.out());
    }

    @Test
    void numericTestFileRunsWithJuliasSummary() {
        Run r = script("testlib_numeric.jl");
        assertEquals(0, r.status(), r.out() + r.err());
        assertTrue(Pattern.compile("Test Summary: \\| Pass  Total  Time\nnumeric tower \\|   16     16  \\d+\\.\\ds\n").matcher(r.out()).matches(),
                        r.out());
    }

    @Test
    void failuresAreReportedAndFailTheRun() {
        Run r = script("testlib_fail.jl");
        assertEquals(1, r.status());
        String out = r.out();
        assertTrue(out.contains("failing: Test Failed at "), out);
        assertTrue(out.contains("  Expression: 1 + 1 == 3\n   Evaluated: 2 == 3\n"), out);
        assertTrue(out.contains("  Expression: sqrt(4.0)\n    Expected: ArgumentError\n  No exception thrown\n"), out);
        assertTrue(Pattern.compile("Test Summary: \\| Fail  Total  Time\nfailing       \\|    2      2  \\d+\\.\\ds\n").matcher(out).find(), out);
        assertTrue(r.err().contains("ERROR: LoadError: Some tests did not pass: 0 passed, 2 failed, 0 errored, 0 broken."), r.err());
    }
}
