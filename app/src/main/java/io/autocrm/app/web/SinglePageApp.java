package io.autocrm.app.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceResolverChain;

/**
 * Serves the browser app (the ui module's build in {@code META-INF/resources}). Hashed files under {@code /assets/}
 * are cached for a year as immutable; every other file, {@code index.html} first, is revalidated ({@code no-cache}),
 * so a new release reaches browsers at once. A path that names no file and belongs to no server endpoint is a route
 * of the single-page app and gets {@code index.html} (history fallback); server paths and file names that do not
 * exist stay 404. Ordered first so that Spring Boot does not add its own {@code /**} mapping.
 */
@Configuration(proxyBeanMethods = false)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SinglePageApp implements WebMvcConfigurer {

    static final String INDEX = "index.html";
    static final CacheControl HASHED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();
    /** Paths the server answers itself, never with the app's page (without their leading slash). */
    private static final List<String> SERVER_PATHS = List.of("api", "actuator", "login", "logout", "oauth2", "connect",
            "userinfo", ".well-known", "v3", "swagger-ui", "swagger-ui.html", "webjars", "error", "assets");

    private final String[] locations;

    SinglePageApp(WebProperties web) {
        this.locations = web.getResources().getStaticLocations();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**").addResourceLocations(assets()).setCacheControl(HASHED);
        registry.addResourceHandler("/**").addResourceLocations(locations).setCacheControl(CacheControl.noCache())
                .resourceChain(true).addResolver(new HistoryFallback());
    }

    /**
     * {@code /} is the app's page as every other route is, whatever the request accepts: left to Spring Boot's welcome
     * page, it answered a request that does not accept HTML with an empty 406.
     */
    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/").setViewName("forward:/" + INDEX);
    }

    private String[] assets() {
        return Arrays.stream(locations).map(l -> (l.endsWith("/") ? l : l + "/") + "assets/")
                .toArray(String[]::new);
    }

    /** Whether a request path (without its leading slash) is a route of the app rather than a file or the server's. */
    static boolean isAppRoute(String path) {
        String first = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !SERVER_PATHS.contains(first) && !last.contains(".");
    }

    /** Finds files as usual; for an app route that is no file, finds {@code index.html} instead. */
    private static final class HistoryFallback extends PathResourceResolver {

        @Override
        protected Resource resolveResourceInternal(HttpServletRequest request, String requestPath,
                                                   List<? extends Resource> locations, ResourceResolverChain chain) {
            Resource file = super.resolveResourceInternal(request, requestPath, locations, chain);
            if (file != null || !isAppRoute(requestPath)) {
                return file;
            }
            return super.resolveResourceInternal(request, INDEX, locations, chain);
        }
    }
}
