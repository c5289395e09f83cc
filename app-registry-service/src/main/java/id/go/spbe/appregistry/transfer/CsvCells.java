package id.go.spbe.appregistry.transfer;

/**
 * CSV injection guard (OWASP): a cell a spreadsheet would run as a formula gets a leading apostrophe on export, and
 * the apostrophe is taken off again on import so that a round trip keeps the text as it was.
 */
final class CsvCells {

    private CsvCells() {
    }

    static String guard(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return formulaStart(cell.charAt(0)) ? "'" + cell : cell;
    }

    static String unguard(String cell) {
        if (cell != null && cell.length() > 1 && cell.charAt(0) == '\'' && formulaStart(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean formulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
