package org.sportello.protocol.station;

import com.google.protobuf.ByteString;
import io.grpc.ConnectivityState;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.netty.shaded.io.netty.handler.ssl.SslContext;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLException;
import org.sportello.model.common.Problem;
import org.sportello.model.common.SportelloException;
import org.sportello.protocol.v1.EnrolmentGrpc;
import org.sportello.protocol.v1.JoinReply;
import org.sportello.protocol.v1.JoinRequest;
import org.sportello.protocol.wire.Problems;

/**
 * Joins the office with a one-time code: makes the station's key pair here, connects to the enrolment
 * port, and proves it knows the code without sending it (see {@link JoinProof}). Before the station
 * has the office CA it cannot check the server's certificate, so this one connection accepts any
 * certificate and records it; the proof ties the code to that certificate, and the reply must show
 * that it chains to the CA the office sends.
 */
public final class StationJoin {
    private static final long CONNECT_SECONDS = 15;

    /** The identity, saved, and the office that signed it. */
    public record Joined(StationIdentity identity, String officeCode) {
    }

    private StationJoin() {
    }

    /** Joins through the enrolment port next to the main one ({@code address}'s port + 1). */
    public static Joined join(String address, String code, Path identityFolder) {
        OfficeAddress office = OfficeAddress.parse(address);
        return join(office, office.enrolmentPort(), code, identityFolder);
    }

    /**
     * @throws SportelloException ENROLMENT_REFUSED (wrong, used or expired code; a reply that does not
     *         match the server seen), OFFICE_UNAVAILABLE (nothing answers)
     */
    public static Joined join(OfficeAddress office, int enrolmentPort, String code, Path identityFolder) {
        if (!EnrolmentCodes.isWellFormed(code)) {
            throw new SportelloException(Problem.ENROLMENT_REFUSED);
        }
        KeyPair keys = newKeyPair();
        RecordingTrust seen = new RecordingTrust();
        ManagedChannel channel = NettyChannelBuilder.forAddress(office.host(), enrolmentPort)
                .sslContext(tlsRecording(seen))
                .maxInboundMessageSize(256 * 1024)
                .intercept(org.sportello.protocol.ProtocolVersion.stamp())
                .build();
        String where = office.host() + ":" + enrolmentPort;
        try {
            awaitReady(channel, where);
            X509Certificate server = seen.certificate.get();
            if (server == null) {
                throw new SportelloException(Problem.OFFICE_UNAVAILABLE, where);
            }
            byte[] publicKey = keys.getPublic().getEncoded();
            JoinReply reply;
            try {
                reply = EnrolmentGrpc.newBlockingStub(channel).withDeadlineAfter(CONNECT_SECONDS, TimeUnit.SECONDS)
                        .join(JoinRequest.newBuilder()
                                .setPublicKey(ByteString.copyFrom(publicKey))
                                .setProof(ByteString.copyFrom(JoinProof.compute(code, server.getEncoded(), publicKey)))
                                .build());
            } catch (StatusRuntimeException e) {
                throw Problems.fromStatus(e, where);
            }
            if (!server.equals(seen.certificate.get())) {
                // The connection was made again to another server between the handshake and the call.
                throw new SportelloException(Problem.ENROLMENT_REFUSED);
            }
            StationIdentity identity = verified(reply, server, keys);
            return new Joined(identity.save(identityFolder), reply.getOfficeCode());
        } catch (CertificateException e) {
            throw new IllegalStateException("the server's certificate cannot be encoded", e);
        } finally {
            channel.shutdownNow();
        }
    }

    private static StationIdentity verified(JoinReply reply, X509Certificate server, KeyPair keys) {
        try {
            X509Certificate ca = Pem.readCertificate(reply.getCaCertificate().toByteArray());
            X509Certificate mine = Pem.readCertificate(reply.getCertificate().toByteArray());
            ca.verify(ca.getPublicKey());
            mine.verify(ca.getPublicKey());
            if (!Arrays.equals(mine.getPublicKey().getEncoded(), keys.getPublic().getEncoded())) {
                throw new CertificateException("the certificate is not for this station's key");
            }
            // The server seen in the handshake must be the office CA's server, not someone in between.
            OfficeTrust.of(ca).checkServerTrusted(new X509Certificate[] {server}, "UNKNOWN");
            return new StationIdentity(keys.getPrivate(), mine, ca);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SportelloException(Problem.ENROLMENT_REFUSED, e);
        }
    }

    private static void awaitReady(ManagedChannel channel, String where) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(CONNECT_SECONDS);
        ConnectivityState state = channel.getState(true);
        while (state != ConnectivityState.READY) {
            if (state == ConnectivityState.TRANSIENT_FAILURE || state == ConnectivityState.SHUTDOWN
                    || System.nanoTime() > deadline) {
                throw new SportelloException(Problem.OFFICE_UNAVAILABLE, where);
            }
            CountDownLatch changed = new CountDownLatch(1);
            channel.notifyWhenStateChanged(state, changed::countDown);
            try {
                changed.await(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SportelloException(Problem.OFFICE_UNAVAILABLE, e, where);
            }
            state = channel.getState(true);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is part of every Java runtime", e);
        }
    }

    private static SslContext tlsRecording(RecordingTrust seen) {
        try {
            return OfficeChannels.clientTls().trustManager(seen).build();
        } catch (SSLException e) {
            throw new IllegalStateException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    /** Accepts the one certificate it is shown, and keeps it for the proof and the checks after. */
    private static final class RecordingTrust extends ServerOnlyTrust {
        final AtomicReference<X509Certificate> certificate = new AtomicReference<>();

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the server showed no certificate");
            }
            certificate.set(chain[0]);
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
