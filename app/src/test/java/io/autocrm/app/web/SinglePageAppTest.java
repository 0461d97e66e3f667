package io.autocrm.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.autocrm.app.support.Api;
import io.autocrm.app.support.AppTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The browser app's routes get its page; server paths and missing files do not; caching fits each kind of file. */
@AppTest
class SinglePageAppTest {

    @LocalServerPort
    int port;
    Api browser;
    String index;

    @BeforeEach
    void setUp() {
        browser = new Api(port).anonymous();
        Api.Response page = browser.get("/index.html");
        assertThat(page.status()).isEqualTo(200);
        index = page.body();
    }

    @Test
    void servesTheAppsPageForEveryBrowserRouteWithoutCaching() {
        for (String route : new String[] {"/", "/auth/callback", "/tickets/42", "/views/mine/open", "/index.html"}) {
            Api.Response page = browser.send(browser.request(route, "Accept", "text/html").GET());
            assertThat(page.status()).as(route).isEqualTo(200);
            assertThat(page.body()).as(route).isEqualTo(index);
            assertThat(page.header("Cache-Control")).as(route).isEqualTo("no-cache");
        }
    }

    /** The page is the app's whatever the client says it accepts (the welcome page alone used to answer 406). */
    @Test
    void servesThePageWhateverTheAcceptHeaderSays() {
        for (String route : new String[] {"/", "/portal"}) {
            Api.Response page = browser.send(browser.request(route, "Accept", "application/xml").GET());
            assertThat(page.status()).as(route).isEqualTo(200);
            assertThat(page.body()).as(route).isEqualTo(index);
        }
    }

    @Test
    void neverServesThePageForServerPathsOrMissingFiles() {
        for (String path : new String[] {"/api/v1/no-such-thing", "/actuator/no-such-thing", "/v3/no-such-thing",
                "/swagger-ui/no-such-thing", "/oauth2/no-such-thing", "/.well-known/no-such-thing",
                "/login/no-such-thing", "/connect/no-such-thing", "/missing.js", "/tickets/missing.png",
                "/assets/missing-0a1b2c.js"}) {
            Api.Response response = browser.send(browser.request(path, "Accept", "text/html").GET());
            assertThat(response.body()).as(path).isNotEqualTo(index);
            assertThat(response.status()).as(path).isIn(401, 404);
        }
    }

    @Test
    void cachesHashedAssetsForAYear() {
        Api.Response asset = browser.get("/assets/probe-3f9a1c.js");
        assertThat(asset.status()).isEqualTo(200);
        assertThat(asset.body()).contains("hashed asset");
        assertThat(asset.header("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
    }
}
