package io.autocrm.platform.web;

import io.autocrm.events.common.ErrorCode;
import java.io.IOException;
import org.apache.catalina.Host;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * What Tomcat itself answers, for a request it refuses before any application code runs (a request line or headers
 * it cannot parse, headers over the size limit): a problem detail with the stable code of the status, in place of
 * Tomcat's HTML error report. Errors inside the application go to {@link ErrorPageProblems} instead.
 */
@Component
class ContainerErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof Host host) {
                ProblemReportValve valve = new ProblemReportValve();
                if (host instanceof StandardHost standard) {
                    standard.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
                host.getPipeline().addValve(valve);
            }
        });
    }

    /** Tomcat's error report, written as a problem detail; public with a public constructor, as Tomcat requires. */
    public static final class ProblemReportValve extends ErrorReportValve {

        @Override
        protected void report(Request request, Response response, Throwable failure) {
            int status = response.getStatus();
            if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            try {
                response.resetBuffer();
                ProblemResponses.write(response, status == 400
                        ? Problems.of(ErrorCode.MALFORMED_REQUEST,
                                "The request line or headers could not be read, or are too large.")
                        : Problems.forStatus(status, status == 501 ? "This method is not supported."
                                : "The request could not be processed."));
            } catch (IOException | IllegalStateException e) {
                // The connection is gone or the response was committed meanwhile: nothing more to tell the client.
            }
        }
    }
}
