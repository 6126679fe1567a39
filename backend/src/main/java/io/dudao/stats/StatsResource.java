package io.dudao.stats;

import io.dudao.common.security.CurrentCaller;
import io.dudao.stats.StatsService.MonthlyCount;
import io.dudao.stats.StatsService.Overview;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Stats", description = "统计：驾驶舱与报表")
@Authenticated
public class StatsResource {

    @Inject
    StatsService service;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/overview")
    @Operation(operationId = "getStatsOverview", summary = "概览 / Tasks, findings, grades and cases per child organisation of orgId (default: the caller's)")
    public Overview getStatsOverview(@QueryParam("year") Integer year, @QueryParam("orgId") Long orgId) {
        return service.overview(caller.get(), year, orgId);
    }

    @GET
    @Path("/trend")
    @Operation(operationId = "getStatsTrend", summary = "月度趋势 / Tasks created and completed per month of a year")
    public List<MonthlyCount> getStatsTrend(@QueryParam("year") Integer year, @QueryParam("orgId") Long orgId) {
        return service.trend(caller.get(), year, orgId);
    }
}
