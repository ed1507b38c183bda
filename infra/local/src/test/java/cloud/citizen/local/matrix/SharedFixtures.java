package cloud.citizen.local.matrix;

/** The matrix's accounts and resources, made once per JVM for both the matrix and the bad-input properties. */
final class SharedFixtures {
    private static AccessMatrixFixtures fixtures;

    private SharedFixtures() {
    }

    static synchronized AccessMatrixFixtures get() {
        if (fixtures == null) {
            fixtures = new AccessMatrixFixtures(MatrixTarget.get()).create();
        }
        return fixtures;
    }
}
