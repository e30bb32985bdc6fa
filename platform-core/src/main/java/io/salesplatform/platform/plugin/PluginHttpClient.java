package io.salesplatform.platform.plugin;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The HTTP client one plugin call gets: the platform's shared client behind the operator's egress
 * limits ({@link EgressPolicy}). A request to a destination not allowed, or to an internal address
 * not allowed, or beyond the company's and plugin's rate, fails as an {@link
 * EgressRefusedException} without leaving the platform; a request's timeout is cut to the cap; a
 * response body beyond the size cap fails the exchange. The first refusal of the call is kept, so
 * that the caller is told why the plugin failed. Redirects are never followed (the shared client
 * does not follow them), so a response cannot lead a plugin past the limits.
 */
final class PluginHttpClient extends HttpClient {

  private final HttpClient delegate;
  private final EgressPolicy policy;
  private final EgressPolicy.Resolver resolver;
  private final EgressRates rates;
  private final String rateKey;
  private final AtomicReference<EgressRefusedException> refused = new AtomicReference<>();

  PluginHttpClient(
      HttpClient delegate,
      EgressPolicy policy,
      EgressPolicy.Resolver resolver,
      EgressRates rates,
      String rateKey) {
    this.delegate = delegate;
    this.policy = policy;
    this.resolver = resolver;
    this.rates = rates;
    this.rateKey = rateKey;
  }

  /** The first refusal during this call, if any. */
  Optional<EgressRefusedException> refusal() {
    return Optional.ofNullable(refused.get());
  }

  /** The request as it may go out, or the refusal. */
  private HttpRequest admit(HttpRequest request) throws EgressRefusedException {
    String why = policy.refusal(request.uri(), resolver);
    if (why != null) {
      throw refuse(new EgressRefusedException(why, false));
    }
    if (!rates.tryTake(rateKey)) {
      throw refuse(
          new EgressRefusedException(
              "more than "
                  + policy.requestsPerSecond()
                  + " outbound requests a second for this company",
              true));
    }
    Duration timeout = policy.timeout(request.timeout());
    return HttpRequest.newBuilder(request, (name, value) -> true).timeout(timeout).build();
  }

  private EgressRefusedException refuse(EgressRefusedException e) {
    refused.compareAndSet(null, e);
    return e;
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
      throws IOException, InterruptedException {
    return delegate.send(admit(request), limited(handler));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, HttpResponse.BodyHandler<T> handler) {
    try {
      return delegate.sendAsync(admit(request), limited(handler));
    } catch (EgressRefusedException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request,
      HttpResponse.BodyHandler<T> handler,
      HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
    // pushed responses would bypass the limits: none are accepted
    return sendAsync(request, handler);
  }

  /** {@code handler}, failing once the body grows beyond the cap. */
  private <T> HttpResponse.BodyHandler<T> limited(HttpResponse.BodyHandler<T> handler) {
    long max = policy.maxResponseBytes();
    return info -> {
      HttpHeaders headers = info.headers();
      long declared = headers.firstValueAsLong("Content-Length").orElse(-1);
      if (declared > max) {
        return failing(refuse(tooLarge(max)));
      }
      return new LimitedSubscriber<>(handler.apply(info), max, this);
    };
  }

  private static EgressRefusedException tooLarge(long max) {
    return new EgressRefusedException("a response is larger than " + max + " bytes", false);
  }

  private static <T> HttpResponse.BodySubscriber<T> failing(EgressRefusedException e) {
    return new HttpResponse.BodySubscriber<>() {
      private final CompletableFuture<T> body = CompletableFuture.failedFuture(e);

      @Override
      public java.util.concurrent.CompletionStage<T> getBody() {
        return body;
      }

      @Override
      public void onSubscribe(Flow.Subscription subscription) {
        subscription.cancel();
      }

      @Override
      public void onNext(List<ByteBuffer> item) {}

      @Override
      public void onError(Throwable throwable) {}

      @Override
      public void onComplete() {}
    };
  }

  /** Counts the body's bytes and fails the exchange beyond {@code max}. */
  private static final class LimitedSubscriber<T> implements HttpResponse.BodySubscriber<T> {
    private final HttpResponse.BodySubscriber<T> inner;
    private final long max;
    private final PluginHttpClient client;
    private final AtomicLong received = new AtomicLong();
    private volatile Flow.Subscription subscription;
    private volatile boolean failed;

    LimitedSubscriber(HttpResponse.BodySubscriber<T> inner, long max, PluginHttpClient client) {
      this.inner = inner;
      this.max = max;
      this.client = client;
    }

    @Override
    public java.util.concurrent.CompletionStage<T> getBody() {
      return inner.getBody();
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      inner.onSubscribe(subscription);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
      if (failed) {
        return;
      }
      long size = 0;
      for (ByteBuffer buffer : item) {
        size += buffer.remaining();
      }
      if (received.addAndGet(size) > max) {
        failed = true;
        subscription.cancel();
        inner.onError(client.refuse(tooLarge(max)));
        return;
      }
      inner.onNext(item);
    }

    @Override
    public void onError(Throwable throwable) {
      if (!failed) {
        inner.onError(throwable);
      }
    }

    @Override
    public void onComplete() {
      if (!failed) {
        inner.onComplete();
      }
    }
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return Optional.empty();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return Redirect.NEVER;
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return Optional.empty();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }
}
