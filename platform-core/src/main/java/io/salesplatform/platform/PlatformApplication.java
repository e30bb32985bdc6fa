package io.salesplatform.platform;

import io.salesplatform.platform.api.EndpointResource;
import io.salesplatform.platform.appraisal.AppraisalResource;
import io.salesplatform.platform.audit.AuditResource;
import io.salesplatform.platform.console.ConsoleResource;
import io.salesplatform.platform.contract.ContractResource;
import io.salesplatform.platform.credit.CreditCheckResource;
import io.salesplatform.platform.credit.CreditExposureResource;
import io.salesplatform.platform.customer.CustomerResource;
import io.salesplatform.platform.customer.VisitResource;
import io.salesplatform.platform.dashboard.DashboardResource;
import io.salesplatform.platform.declaration.DeclarationResource;
import io.salesplatform.platform.feedback.FeedbackResource;
import io.salesplatform.platform.goal.GoalResource;
import io.salesplatform.platform.inspection.InspectionResource;
import io.salesplatform.platform.market.MarketAnalysisResource;
import io.salesplatform.platform.people.IntegrationClientResource;
import io.salesplatform.platform.people.PeopleResource;
import io.salesplatform.platform.people.SignInResource;
import io.salesplatform.platform.pipeline.OpportunityResource;
import io.salesplatform.platform.plugin.PlatformPluginResource;
import io.salesplatform.platform.plugin.TenantPluginResource;
import io.salesplatform.platform.pricing.PricingResource;
import io.salesplatform.platform.problem.ConstraintViolationMapper;
import io.salesplatform.platform.problem.ProblemExceptionMapper;
import io.salesplatform.platform.problem.UnexpectedErrorMapper;
import io.salesplatform.platform.problem.UnreadableBodyMapper;
import io.salesplatform.platform.problem.WebApplicationExceptionMapper;
import io.salesplatform.platform.product.ProductResource;
import io.salesplatform.platform.quote.QuoteResource;
import io.salesplatform.platform.risk.RiskResource;
import io.salesplatform.platform.role.RoleResource;
import io.salesplatform.platform.security.AuthenticationFilter;
import io.salesplatform.platform.security.AuthorizationFilter;
import io.salesplatform.platform.settings.SchemaResource;
import io.salesplatform.platform.settings.SettingsResource;
import io.salesplatform.platform.supervision.FindingResource;
import io.salesplatform.platform.survey.PublicSurveyResource;
import io.salesplatform.platform.survey.SurveyResource;
import io.salesplatform.platform.team.TeamResource;
import io.salesplatform.platform.tenant.MeResource;
import io.salesplatform.platform.tenant.TenantFilter;
import io.salesplatform.platform.tenant.TenantResource;
import io.salesplatform.platform.ticket.TicketResource;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under {@code /api}. Resources and providers are listed here rather than discovered:
 * a class scan would also pick up the identity admin client's own web providers, which belong to
 * its HTTP client and break the server's.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Sales platform API",
            version = "0.1",
            description =
                "Multi-tenant sales management. Tenant resources live under /api/t/{tenant}; the"
                    + " operator's under /api/platform. Errors are application/problem+json."),
    security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(
    securitySchemeName = "bearer",
    type = SecuritySchemeType.HTTP,
    scheme = "bearer",
    bearerFormat = "JWT")
public class PlatformApplication extends Application {

  /** The REST resources; also what the endpoint catalog and its documents are made from. */
  public static final Set<Class<?>> RESOURCES =
      Set.of(
          TenantResource.class,
          MeResource.class,
          ConsoleResource.class,
          SettingsResource.class,
          SchemaResource.class,
          AuditResource.class,
          PeopleResource.class,
          RoleResource.class,
          IntegrationClientResource.class,
          SignInResource.class,
          DeclarationResource.class,
          CustomerResource.class,
          VisitResource.class,
          OpportunityResource.class,
          ProductResource.class,
          GoalResource.class,
          AppraisalResource.class,
          EndpointResource.class,
          TenantPluginResource.class,
          PlatformPluginResource.class,
          PricingResource.class,
          // deals: credit checks, quotes, contracts
          CreditCheckResource.class,
          QuoteResource.class,
          ContractResource.class,
          // teams and supervision
          TeamResource.class,
          RiskResource.class,
          MarketAnalysisResource.class,
          InspectionResource.class,
          FeedbackResource.class,
          // after-sales
          SurveyResource.class,
          PublicSurveyResource.class,
          // supervision computed from the data
          FindingResource.class,
          CreditExposureResource.class,
          DashboardResource.class,
          // after-sales tickets
          TicketResource.class);

  /** Filters, in the order their priorities give, and the mappers of errors to problems. */
  private static final Set<Class<?>> PROVIDERS =
      Set.of(
          AuthenticationFilter.class,
          TenantFilter.class,
          AuthorizationFilter.class,
          ProblemExceptionMapper.class,
          WebApplicationExceptionMapper.class,
          ConstraintViolationMapper.class,
          UnreadableBodyMapper.class,
          UnexpectedErrorMapper.class);

  @Override
  public Set<Class<?>> getClasses() {
    Set<Class<?>> classes = new HashSet<>(RESOURCES);
    classes.addAll(PROVIDERS);
    return classes;
  }
}
