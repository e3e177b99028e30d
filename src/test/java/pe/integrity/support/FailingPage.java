package pe.integrity.support;

import java.sql.SQLException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Test only: a page that fails the way a bug would, with SQL in the exception, to prove what a person sees
 * of an unexpected error (and what the log keeps).
 */
@Controller
public class FailingPage {

    public static final String PATH = "/test-support/unexpected-failure";
    public static final String SQL = "SELECT r.id FROM risk r CROSS JOIN LATERAL nowhere";

    @GetMapping(PATH)
    String fail() {
        throw new BadSqlGrammarException("test", SQL, new SQLException("syntax error at or near LATERAL"));
    }
}
