package io.dudao.common.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.dudao.common.json.BoundedDecimalDeserializer;
import io.dudao.common.json.JsonInput;
import io.dudao.common.web.WholeNumberParams;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.StaleObjectStateException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The one place where exceptions become application/problem+json responses. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    /** Seconds a client should wait before retrying while the database is away (it recovers by itself). */
    static final String DATABASE_RETRY_AFTER = "5";
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class,
            short.class, Short.class, java.math.BigInteger.class);

    @ServerExceptionMapper
    public Response api(ApiException e, HttpHeaders headers, UriInfo uri) {
        Problem problem = ProblemFactory.of(e, language(headers), path(uri));
        Response.ResponseBuilder builder = Response.status(e.status())
                .entity(e.extensions().isEmpty() ? problem : ProblemFactory.withExtensions(problem, e.extensions()))
                .type(Problem.MEDIA_TYPE);
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldPath(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        boolean en = ProblemFactory.prefersEnglish(language(headers));
        return problem(400, "VALIDATION_FAILED", en ? "The request has invalid fields" : "请求中有字段不合法",
                uri, errors);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        boolean en = ProblemFactory.prefersEnglish(language(headers));
        return problem(400, "MALFORMED_JSON", en ? "The request body is not valid JSON" : "请求体不是合法的 JSON",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return jsonMapping(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return jsonMapping(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        boolean en = ProblemFactory.prefersEnglish(language(headers));
        if (e.getCause() instanceof StreamConstraintsException limit) {
            return jsonLimit(limit, headers, uri);
        }
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return problem(400, "MALFORMED_JSON", en ? "The request body has the wrong shape" : "请求体结构不正确",
                    uri, List.of());
        }
        if (e instanceof UnrecognizedPropertyException) {
            return problem(400, "UNKNOWN_PROPERTY", en ? "The request body has a property this endpoint does not accept"
                    : "请求体中有该接口不接受的字段", uri, List.of(new FieldError(field, en ? "unknown property" : "未知字段")));
        }
        String message;
        if (e instanceof BoundedDecimalDeserializer.OutOfBounds bounds) {
            message = en ? bounds.bounds().messageEn() : bounds.bounds().messageZh();
        } else if (wholeNumberExpected(e)) {
            message = en ? WholeNumberParams.MESSAGE_EN : WholeNumberParams.MESSAGE_ZH;
        } else {
            message = en ? "has the wrong type or an unknown value" : "类型错误或取值不在允许范围内";
        }
        return problem(400, "VALIDATION_FAILED", en ? "The request has invalid fields" : "请求中有字段不合法",
                uri, List.of(new FieldError(field, message)));
    }

    /** Nesting, number, string or document length beyond {@link JsonInput}'s limits. */
    @ServerExceptionMapper
    public Response jsonLimit(StreamConstraintsException e, HttpHeaders headers, UriInfo uri) {
        boolean en = ProblemFactory.prefersEnglish(language(headers));
        return problem(400, "JSON_LIMIT_EXCEEDED", en ? "The request body exceeds a JSON limit: at most "
                        + JsonInput.MAX_NESTING_DEPTH + " levels of nesting, " + JsonInput.MAX_NUMBER_LENGTH + "-character numbers and "
                        + JsonInput.MAX_NAME_LENGTH + "-character property names"
                        : "请求体超出 JSON 限制：嵌套不超过 " + JsonInput.MAX_NESTING_DEPTH + " 层，数字不超过 "
                        + JsonInput.MAX_NUMBER_LENGTH + " 个字符，字段名不超过 " + JsonInput.MAX_NAME_LENGTH + " 个字符",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, HttpHeaders headers, UriInfo uri) {
        return api(ApiException.versionConflict(), headers, uri);
    }

    @ServerExceptionMapper
    public Response staleObject(StaleObjectStateException e, HttpHeaders headers, UriInfo uri) {
        return api(ApiException.versionConflict(), headers, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, HttpHeaders headers, UriInfo uri) {
        return unauthenticated(headers, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        boolean en = ProblemFactory.prefersEnglish(language(headers));
        return problem(403, "FORBIDDEN", en ? "Your role does not allow this action" : "当前角色无权执行此操作",
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        if (e.getCause() instanceof ApiException api) {
            return api(api, headers, uri);
        }
        if (e.getCause() instanceof StreamConstraintsException limit) {
            return jsonLimit(limit, headers, uri);
        }
        if (e.getCause() instanceof JsonParseException parse) {
            return malformedJson(parse, headers, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return jsonMapping(mapping, headers, uri);
        }
        boolean en = ProblemFactory.prefersEnglish(language(headers));
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when it cannot convert a path or query parameter: that is bad input
            return problem(400, "VALIDATION_FAILED", en ? "A path or query parameter has an invalid value"
                    : "路径或查询参数的取值不合法", uri, List.of());
        }
        String[] text = switch (status) {
            case 404 -> new String[]{"NOT_FOUND", "请求的资源不存在", "No such resource"};
            case 405 -> new String[]{"METHOD_NOT_ALLOWED", "该资源不支持此 HTTP 方法", "This resource does not support the method"};
            case 406 -> new String[]{"NOT_ACCEPTABLE", "无法以请求的格式返回", "Cannot answer in the requested media type"};
            case 413 -> new String[]{"PAYLOAD_TOO_LARGE", "请求体过大", "The request body is too large"};
            case 415 -> new String[]{"UNSUPPORTED_MEDIA_TYPE", "不支持的请求内容类型", "Unsupported request media type"};
            case 401 -> new String[]{"UNAUTHORIZED", "未登录或登录已过期", "Authentication required"};
            case 403 -> new String[]{"FORBIDDEN", "无权执行此操作", "Not allowed"};
            default -> new String[]{"BAD_REQUEST", "请求不合法", "Bad request"};
        };
        Response.ResponseBuilder builder = Response.status(status)
                .entity(ProblemFactory.of(status, text[0], en ? text[2] : text[1], path(uri), List.of()))
                .type(Problem.MEDIA_TYPE);
        if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
            builder.header("Allow", e.getResponse().getHeaderString("Allow"));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        var database = DatabaseFailure.of(e);
        if (database.isPresent()) {
            return database(database.get(), e, headers, uri);
        }
        LOG.error("Unexpected error on " + path(uri), e);
        boolean en = ProblemFactory.prefersEnglish(language(headers));
        return problem(500, "INTERNAL_ERROR", en ? "An unexpected server error occurred" : "服务器内部错误，请稍后重试",
                uri, List.of());
    }

    private Response database(DatabaseFailure failure, Throwable e, HttpHeaders headers, UriInfo uri) {
        boolean en = ProblemFactory.prefersEnglish(language(headers));
        return switch (failure) {
            case UNAVAILABLE -> {
                LOG.warnf("Database unavailable on %s: %s", path(uri), e.toString());
                yield api(new ApiException(503, "DATABASE_UNAVAILABLE", "数据库暂时无法访问，请稍后重试",
                        "The database is unavailable; retry shortly", List.of(), Map.of("Retry-After", DATABASE_RETRY_AFTER)), headers, uri);
            }
            case REFERENCED -> problem(409, "REFERENCED", en ? "Other records still refer to this one"
                    : "仍有其他数据引用该记录，不能删除或修改", uri, List.of());
            case NO_SUCH_REFERENCE -> problem(400, "VALIDATION_FAILED", en ? "A field refers to a record that does not exist"
                    : "有字段引用了不存在的数据", uri, List.of());
            case VALUE_TOO_LARGE -> problem(400, "VALIDATION_FAILED", en ? "A value is too long or too large for its field"
                    : "有字段的取值过长或过大", uri, List.of());
        };
    }

    private static boolean wholeNumberExpected(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType()
                : e.getCause() instanceof InputCoercionException c ? c.getTargetType() : null;
        return target != null && WHOLE_NUMBERS.contains(target);
    }

    private Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        boolean en = ProblemFactory.prefersEnglish(language(headers));
        return Response.status(401)
                .entity(ProblemFactory.of(401, "UNAUTHORIZED",
                        en ? "Missing, expired or invalid access token" : "未登录、登录已过期或令牌无效", path(uri), List.of()))
                .type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    private Response problem(int status, String code, String detail, UriInfo uri, List<FieldError> errors) {
        return Response.status(status).entity(ProblemFactory.of(status, code, detail, path(uri), errors))
                .type(Problem.MEDIA_TYPE).build();
    }

    private static String language(HttpHeaders headers) {
        return headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    /** "createUser.request.username" → "username"; "update.request.items[2].name" → "items[2].name". */
    static String fieldPath(Path path) {
        StringBuilder out = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (node.getIndex() != null && out.length() > 0) {
                out.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null && out.length() > 0) {
                out.append('[').append(node.getKey()).append(']');
            }
            if (node.getName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(node.getName());
            }
        }
        return out.toString();
    }

    private static String jsonPath(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

}
