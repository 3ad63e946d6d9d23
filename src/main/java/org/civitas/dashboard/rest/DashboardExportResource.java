package org.civitas.dashboard.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.civitas.accounts.Role;
import org.civitas.dashboard.Dashboard;
import org.civitas.dashboard.DashboardPeriod;
import org.civitas.dashboard.DashboardService;
import org.civitas.dashboard.DashboardTable;
import org.civitas.platform.BusinessException;
import org.civitas.platform.Town;
import org.civitas.platform.export.Csv;
import org.civitas.platform.export.Xlsx;
import org.civitas.platform.rest.SignedIn;
import org.civitas.platform.web.LocaleFilter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's figures as a file: {@code /dashboard/export?format=csv|xlsx&from=&to=} (also at
 * {@code /api/dashboard/export}; officials and administrators). One table, one line per figure (see
 * {@link DashboardTable}).
 */
@RequestScoped
@Path("dashboard/export")
@SignedIn
@RolesAllowed({Role.Names.OFFICIAL, Role.Names.ADMIN})
public class DashboardExportResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private DashboardService dashboards;

    @Inject
    private Town town;

    @Inject
    private Clock clock;

    @Context
    private HttpServletRequest servletRequest;

    @GET
    @Operation(summary = "The dashboard's figures for a period, as CSV or XLSX (officials and administrators)",
            description = "Example: /dashboard/export?format=xlsx&from=2026-01-01&to=2026-03-31")
    @APIResponse(responseCode = "200", description = "The file")
    @APIResponse(responseCode = "400", description = "format is not csv or xlsx, or from or to is not a day (YYYY-MM-DD, years 2000 to 9999)")
    @APIResponse(responseCode = "403", description = "Not an official or an administrator")
    public Response export(@QueryParam("format") String format, @QueryParam("from") String from,
                           @QueryParam("to") String to) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw new BadRequestException();
        }
        if (!DashboardPeriod.isDate(from) || !DashboardPeriod.isDate(to)) {
            throw new BusinessException(BusinessException.Kind.BAD_REQUEST, "dashboard.badDate");
        }
        DashboardPeriod period = DashboardPeriod.of(from, to, clock, town);
        Dashboard dashboard = dashboards.compute(period.from(), period.to());
        Locale locale = LocaleFilter.chosenLocale(servletRequest);
        List<List<Object>> table = DashboardTable.of(dashboard, locale);
        StreamingOutput file = "csv".equals(format) ? out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            Csv csv = new Csv(writer);
            table.forEach(csv::row);
            writer.flush();
        } : out -> {
            try (Xlsx xlsx = new Xlsx(out, "Civitas")) {
                table.forEach(xlsx::row);
            }
        };
        return Response.ok(file, "csv".equals(format) ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"civitas-dashboard-" + period.from() + "-"
                        + period.to() + "." + format + "\"")
                .cacheControl(CacheControl.valueOf("private, no-store")).build();
    }
}
