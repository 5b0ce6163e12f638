package org.trufflejl.builtins;

/**
 * Registers the numeric tower's intrinsics (all primitive integer and float types): arithmetic,
 * comparison, bit operations, conversions. Called by {@link Builtins} before Base is loaded.
 */
final class NumericBuiltins {
    private NumericBuiltins() {
    }

    static void install(Builtins b) {
        // Int64/Float64/Bool intrinsics are still registered by Builtins.installAll.
    }
}
