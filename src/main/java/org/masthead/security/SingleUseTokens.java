package org.masthead.security;

import java.time.Clock;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.JdbcOneTimeTokenService;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Spring Security's {@link JdbcOneTimeTokenService} (table one_time_tokens, so every node knows every
 * token), made strictly single-use: its consume reads the token, then deletes it, so two requests
 * with the same token at the same moment could both read it. Here the row is locked first, in one
 * transaction with the read and the delete: the second request waits, then finds nothing.
 *
 * <p>The token is not signed: it is a random UUID (122 bits from SecureRandom) that is worth
 * something only while its row exists, so a forged or guessed value finds no row; a signature would
 * add a secret to manage and nothing an attacker lacks.
 */
class SingleUseTokens implements OneTimeTokenService, InitializingBean, DisposableBean {

    private final JdbcTemplate jdbc;
    private final JdbcOneTimeTokenService tokens;
    private final TransactionTemplate transaction;

    SingleUseTokens(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.tokens = new JdbcOneTimeTokenService(jdbc);
        this.tokens.setClock(clock);
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public OneTimeToken generate(GenerateOneTimeTokenRequest request) {
        return tokens.generate(request);
    }

    @Override
    public OneTimeToken consume(OneTimeTokenAuthenticationToken token) {
        return transaction.execute(tx -> {
            jdbc.queryForList("select token_value from one_time_tokens where token_value = ? for update",
                    String.class, token.getTokenValue());
            return tokens.consume(token);
        });
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        tokens.afterPropertiesSet();
    }

    @Override
    public void destroy() throws Exception {
        tokens.destroy();
    }
}
