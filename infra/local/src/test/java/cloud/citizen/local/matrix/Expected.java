package cloud.citizen.local.matrix;

import java.util.Optional;

/** One cell of the matrix: the status, and the problem's {@code code} where the contract names one. */
public record Expected(int status, Optional<String> code) {

    /** {@code "404 BILL_NOT_FOUND"} or {@code "204"}. */
    public static Expected parse(String cell) {
        String[] parts = cell.trim().split("\\s+");
        if (parts.length > 2 || !parts[0].matches("\\d{3}")) {
            throw new IllegalArgumentException("not a cell (status [CODE]): '" + cell + "'");
        }
        return new Expected(Integer.parseInt(parts[0]), parts.length == 2 ? Optional.of(parts[1]) : Optional.empty());
    }

    public boolean matches(int actualStatus, String actualCode) {
        return status == actualStatus && code.map(expected -> expected.equals(actualCode)).orElse(true);
    }

    @Override
    public String toString() {
        return status + code.map(c -> " " + c).orElse("");
    }
}
