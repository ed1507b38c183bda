package cloud.citizen.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;

import cloud.citizen.emulator.EmulatedAws;
import cloud.citizen.emulator.EmulatedStack;
import cloud.citizen.emulator.EmulatorOptions;
import cloud.citizen.emulator.LocalSecrets;
import cloud.citizen.emulator.RepositoryRoot;
import cloud.citizen.emulator.template.SamFunction;
import cloud.citizen.emulator.template.SamTemplate;
import cloud.citizen.local.apidocs.ApiDocsPages;
import cloud.citizen.local.build.FunctionBuilds;
import cloud.citizen.local.events.EventSources;
import cloud.citizen.local.gateway.ApiGateway;
import cloud.citizen.local.gateway.GatewayConfiguration;
import cloud.citizen.local.gateway.LocalHelpers;
import cloud.citizen.local.gateway.SmsDeliveryLog;
import cloud.citizen.local.lambda.FunctionCode;
import cloud.citizen.local.lambda.FunctionDefinition;
import cloud.citizen.local.lambda.LocalLambda;
import cloud.citizen.local.seed.DemoData;

/**
 * The whole platform on one machine, driven by the template: emulated AWS provisioned from it,
 * every function as its packaged artifact behind the local Lambda service, the HTTP API gateway,
 * the event sources, and the demo data. Closing stops everything it started.
 */
public final class Platform implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Platform.class.getName());
    /** The variable through which the notifications function's FileSmsGateway writes. */
    public static final String SMS_LOG_VARIABLE = "SMS_DELIVERY_LOG";

    private final PlatformOptions options;
    private final EmulatedStack stack;
    private final LocalLambda lambda;
    private final ApiGateway gateway;
    private final EventSources eventSources;
    private final SmsDeliveryLog smsLog;

    private Platform(PlatformOptions options, EmulatedStack stack, LocalLambda lambda, ApiGateway gateway,
            EventSources eventSources, SmsDeliveryLog smsLog) {
        this.options = options;
        this.stack = stack;
        this.lambda = lambda;
        this.gateway = gateway;
        this.eventSources = eventSources;
        this.smsLog = smsLog;
    }

    public static Platform start(PlatformOptions requested) {
        PlatformOptions options = requested.port() == 0 ? requested.withPort(freePort()) : requested;
        Path dataDirectory = options.dataDirectory().toAbsolutePath();
        createDirectories(dataDirectory);
        SamTemplate template = SamTemplate.load(options.templateFile()
                .orElse(RepositoryRoot.template(options.repositoryRoot())));
        if (options.buildMissing()) {
            FunctionBuilds builds = new FunctionBuilds(options.repositoryRoot());
            builds.build(builds.modulesToBuild(template));
        }
        EmulatedStack stack = startStack(options, template, dataDirectory);
        List<AutoCloseable> started = new ArrayList<>(List.of(stack));
        try {
            SmsDeliveryLog smsLog = new SmsDeliveryLog(dataDirectory.resolve("sms.jsonl"));
            LocalLambda lambda = new LocalLambda(definitions(stack, options, dataDirectory, smsLog), options.lambda(),
                    dataDirectory.resolve("logs").resolve("functions"));
            started.add(0, lambda);
            GatewayConfiguration routing = GatewayConfiguration.from(template, stack.resolver());
            ApiGateway gateway = new ApiGateway(new InetSocketAddress(options.bindAddress(), options.port()),
                    routing.routes(), routing.authorizers(), routing.cors(), lambda, new LocalHelpers(smsLog, lambda,
                            new ApiDocsPages(template, options.repositoryRoot())),
                    !options.seed());
            started.add(0, gateway);
            EventSources eventSources = options.eventSources()
                    ? EventSources.start(stack, lambda, Clock.systemUTC(), options.s3PollInterval(),
                            options.asyncRetryDelays())
                    : EventSources.none();
            Platform platform = new Platform(options, stack, lambda, gateway, eventSources, smsLog);
            if (options.seed()) {
                // the public port answers 503 + Retry-After until the demo accounts exist (no 401s for them meanwhile)
                new DemoData(platform).seed();
                gateway.open();
            }
            return platform;
        } catch (RuntimeException e) {
            for (AutoCloseable closeable : started) {
                try {
                    closeable.close();
                } catch (Exception suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private static EmulatedStack startStack(PlatformOptions options, SamTemplate template, Path dataDirectory) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("TokenIssuer", "http://localhost:" + options.port());
        if (template.parameters().containsKey("SmsGateway")) {
            parameters.put("SmsGateway", "file");
        }
        if (template.parameters().containsKey("SmsCodesPerSourceIpPerHour")) {
            // every app, test and script on this machine reaches the gateway from one address
            parameters.put("SmsCodesPerSourceIpPerHour", "10000");
        }
        if (template.parameters().containsKey("PaymentCallbackBaseUrl")) {
            // the sandbox provider (a function here) confirms payments by calling the public API back: this gateway
            parameters.put("PaymentCallbackBaseUrl", gatewayUrlForFunctions(options));
        }
        if (template.parameters().containsKey("SandboxPayments")) {
            // off by default in the template (it "pays" without money); the local platform is where it belongs
            parameters.put("SandboxPayments", "enabled");
        }
        parameters.putAll(options.parameterOverrides());
        EmulatorOptions emulatorOptions = EmulatorOptions.persistentIn(dataDirectory)
                .withRepositoryRoot(options.repositoryRoot());
        EmulatedAws aws = EmulatedAws.start(emulatorOptions);
        try {
            return EmulatedStack.on(template, aws, LocalSecrets.persistentIn(dataDirectory), parameters);
        } catch (RuntimeException e) {
            aws.close();
            throw e;
        }
    }

    /**
     * The gateway as the function instances on this machine reach it: loopback when it listens there
     * or everywhere (the default), else the one address it is bound to (a LAN address, say).
     */
    static String gatewayUrlForFunctions(PlatformOptions options) {
        String host;
        try {
            InetAddress bound = InetAddress.getByName(options.bindAddress());
            host = bound.isAnyLocalAddress() || bound.isLoopbackAddress() ? "127.0.0.1"
                    : bound instanceof Inet6Address ? "[" + bound.getHostAddress() + "]" : bound.getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve the bind address " + options.bindAddress(), e);
        }
        return "http://" + host + ":" + options.port();
    }

    /** Where the functions' zips are unpacked under a data directory (a cache: safe to delete when stopped). */
    public static Path unpackedFunctions(Path dataDirectory) {
        return dataDirectory.resolve("functions");
    }

    private static List<FunctionDefinition> definitions(EmulatedStack stack, PlatformOptions options,
            Path dataDirectory, SmsDeliveryLog smsLog) {
        List<FunctionDefinition> definitions = new ArrayList<>();
        for (SamFunction function : stack.template().functions()) {
            Path taskRoot = FunctionCode.taskRoot(options.repositoryRoot().resolve(function.codeUri()).normalize(),
                    unpackedFunctions(dataDirectory).resolve(function.logicalId()));
            Map<String, String> environment = new LinkedHashMap<>(stack.environmentOf(function));
            environment.putIfAbsent(SMS_LOG_VARIABLE, smsLog.file().toString());
            logFormat(stack.template(), function).ifPresent(format -> environment.put("AWS_LAMBDA_LOG_FORMAT", format));
            definitions.add(new FunctionDefinition(function.logicalId(), taskRoot, function.handler(),
                    function.runtime(), function.memorySize().orElse(128),
                    Duration.ofSeconds(function.timeout().orElse(3)), environment));
        }
        return definitions;
    }

    /** LoggingConfig.LogFormat (function first, then Globals): the runtime client reads it from the environment. */
    private static java.util.Optional<String> logFormat(SamTemplate template, SamFunction function) {
        Map<String, Object> own = template.resource(function.logicalId()).map(resource -> resource.properties())
                .orElse(Map.of());
        for (Map<String, Object> properties : List.of(own, template.globalsFunction())) {
            if (properties.get("LoggingConfig") instanceof Map<?, ?> config
                    && config.get("LogFormat") instanceof String format) {
                return java.util.Optional.of(format);
            }
        }
        return java.util.Optional.empty();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }

    private static void createDirectories(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + directory, e);
        }
    }

    public String apiUrl() {
        return "http://localhost:" + gateway.port();
    }

    /** Where the demo data is seeded through: a private port until seeding is done, then the public one. */
    public String seedingUrl() {
        return gateway.seedingUrl();
    }

    public int port() {
        return gateway.port();
    }

    public EmulatedStack stack() {
        return stack;
    }

    public LocalLambda lambda() {
        return lambda;
    }

    public SmsDeliveryLog smsLog() {
        return smsLog;
    }

    public PlatformOptions options() {
        return options;
    }

    public Set<String> functions() {
        return new java.util.LinkedHashSet<>(stack.template().functions().stream().map(SamFunction::logicalId).toList());
    }

    /** Stops schedules, queue pollers and bucket watchers (a benchmark wants no background work). */
    public void stopEventSources() {
        eventSources.close();
    }

    public int eventSourceCount() {
        return eventSources.count();
    }

    @Override
    public void close() {
        LOG.fine("stopping the platform");
        eventSources.close();
        gateway.close();
        lambda.close();
        stack.close();
    }
}
