package id.go.spbe.appregistry.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Syntax of an SPDX licence expression (SPDX spec, annex "SPDX license expressions"): identifiers joined by
 * {@code AND}/{@code OR}, an optional {@code WITH} exception, parentheses, {@code +} for "or later", and
 * {@code LicenseRef-}/{@code DocumentRef-} references. The operators are upper case by the spec.
 */
final class SpdxExpression {

    private static final Pattern TOKEN = Pattern.compile("\\s*(\\(|\\)|[A-Za-z0-9.\\-:+]+)");
    private static final Pattern IDENTIFIER = Pattern.compile(
            "^((DocumentRef-[A-Za-z0-9.\\-]+:)?LicenseRef-[A-Za-z0-9.\\-]+|[A-Za-z0-9][A-Za-z0-9.\\-]*\\+?)$");

    private final List<String> tokens;
    private int position;

    private SpdxExpression(List<String> tokens) {
        this.tokens = tokens;
    }

    static boolean isValid(String expression) {
        List<String> tokens = tokenize(expression);
        if (tokens == null || tokens.isEmpty()) {
            return false;
        }
        SpdxExpression parser = new SpdxExpression(tokens);
        return parser.expression() && parser.position == tokens.size();
    }

    /** True when the expression names only non-SPDX (LicenseRef) licences: treated as closed source. */
    static boolean onlyLicenseRefs(String expression) {
        List<String> tokens = tokenize(expression);
        return tokens != null && tokens.stream().filter(SpdxExpression::isIdentifier)
                .allMatch(t -> t.contains("LicenseRef-"));
    }

    private boolean expression() {
        if (!term()) {
            return false;
        }
        while (position < tokens.size() && (peek("AND") || peek("OR"))) {
            position++;
            if (!term()) {
                return false;
            }
        }
        return true;
    }

    private boolean term() {
        if (position >= tokens.size()) {
            return false;
        }
        if (peek("(")) {
            position++;
            if (!expression() || !peek(")")) {
                return false;
            }
            position++;
            return true;
        }
        if (!isIdentifier(tokens.get(position))) {
            return false;
        }
        position++;
        if (position < tokens.size() && peek("WITH")) {
            position++;
            if (position >= tokens.size() || !isIdentifier(tokens.get(position))) {
                return false;
            }
            position++;
        }
        return true;
    }

    private boolean peek(String token) {
        return position < tokens.size() && tokens.get(position).equals(token);
    }

    private static boolean isIdentifier(String token) {
        return !token.equals("AND") && !token.equals("OR") && !token.equals("WITH") && !token.equals("(")
                && !token.equals(")") && IDENTIFIER.matcher(token).matches();
    }

    private static List<String> tokenize(String expression) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(expression);
        int end = 0;
        while (end < expression.length()) {
            if (!matcher.find(end) || matcher.start() != end) {
                return expression.substring(end).isBlank() ? tokens : null;
            }
            tokens.add(matcher.group(1));
            end = matcher.end();
        }
        return tokens;
    }
}
