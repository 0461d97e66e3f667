package io.autocrm.identity.issuer;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Spring Authorization Server's JDBC services name their tables without a schema; AutoCRM keeps them in
 * {@code identity}. This view of a {@link JdbcOperations} qualifies those table names in every statement it is given.
 */
final class SchemaQualifiedJdbc {

    private static final Pattern TABLES = Pattern.compile("\\b(oauth2_authorization_consent|oauth2_authorization)\\b");

    private SchemaQualifiedJdbc() {
    }

    static JdbcOperations identity(JdbcOperations target) {
        return (JdbcOperations) Proxy.newProxyInstance(JdbcOperations.class.getClassLoader(),
                new Class<?>[] {JdbcOperations.class}, (proxy, method, args) -> {
                    if (args != null) {
                        for (int i = 0; i < args.length; i++) {
                            if (args[i] instanceof String sql) {
                                args[i] = TABLES.matcher(sql).replaceAll("identity.$1");
                            }
                        }
                    }
                    try {
                        return method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
