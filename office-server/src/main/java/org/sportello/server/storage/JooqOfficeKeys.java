package org.sportello.server.storage;

import static org.sportello.server.storage.schema.Tables.KNOWN_OFFICE_KEY;
import static org.sportello.server.storage.schema.Tables.OFFICE;
import static org.sportello.server.storage.schema.Tables.OFFICE_SIGNING_KEY;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.sportello.model.office.OfficeInfo;
import org.sportello.server.storage.schema.tables.records.OfficeSigningKeyRecord;
import org.sportello.model.seal.OfficeKey;
import org.sportello.model.seal.OfficeKeys;
import org.sportello.model.seal.OfficeSigner;
import org.sportello.model.seal.OwnKey;

/**
 * Keys in the office database (ADR 12): the private key sits beside the register it vouches for,
 * inside the same backups and the same access control, which only the office server opens (ADR 23).
 * Made on first use, so every office gets its own pair without a set-up step; {@link #rotate()} makes
 * the next one.
 */
public final class JooqOfficeKeys implements OfficeKeys {
    private final OfficeInfo office;
    private final Transactions tx;
    private final Clock clock;
    private volatile OfficeSigner signer;

    public JooqOfficeKeys(OfficeDatabase database, OfficeInfo office, Clock clock) {
        this.office = office;
        this.tx = new Transactions(database);
        this.clock = clock;
    }

    @Override
    public OfficeSigner signer() {
        OfficeSigner s = signer;
        if (s == null) {
            synchronized (this) {
                if (signer == null) {
                    signer = tx.run(this::loadOrCreate);
                }
                s = signer;
            }
        }
        return s;
    }

    private OfficeSigner loadOrCreate(DSLContext db) {
        OfficeSigningKeyRecord row = activeKey(db);
        if (row == null) {
            // Two workstations making the first key at once: the office row's lock makes the second one
            // wait, and it then finds the first one's key instead of making a second pair.
            db.update(OFFICE).set(OFFICE.VERSION, OFFICE.VERSION.plus(1)).where(OFFICE.ID.eq(office.id())).execute();
            row = activeKey(db);
        }
        if (row == null) {
            KeyPair pair = OfficeSigner.generateKeyPair();
            insert(db, pair, OfficeKey.of(office.code(), pair.getPublic()));
            row = activeKey(db);
        }
        return new OfficeSigner(office.code(), new KeyPair(OfficeKey.decodePublicKey(row.getPublicKey()),
                privateKey(row.getPrivateKey())));
    }

    @Override
    public OfficeKey rotate() {
        synchronized (this) {
            OfficeSigner next = tx.run(db -> {
                // The office row's lock orders a rotation against a first key being made elsewhere.
                db.update(OFFICE).set(OFFICE.VERSION, OFFICE.VERSION.plus(1)).where(OFFICE.ID.eq(office.id())).execute();
                KeyPair pair = OfficeSigner.generateKeyPair();
                OfficeKey key = OfficeKey.of(office.code(), pair.getPublic());
                var now = clock.instant().atOffset(ZoneOffset.UTC);
                db.update(OFFICE_SIGNING_KEY)
                        .set(OFFICE_SIGNING_KEY.ACTIVE, false)
                        .set(OFFICE_SIGNING_KEY.RETIRED_AT, now)
                        .setNull(OFFICE_SIGNING_KEY.PRIVATE_KEY)
                        .where(OFFICE_SIGNING_KEY.OFFICE_ID.eq(office.id()).and(OFFICE_SIGNING_KEY.ACTIVE.isTrue()))
                        .execute();
                insert(db, pair, key);
                return new OfficeSigner(office.code(), pair);
            });
            signer = next;
            return next.publicKey();
        }
    }

    @Override
    public List<OwnKey> own() {
        signer();
        return tx.run(db -> db.selectFrom(OFFICE_SIGNING_KEY)
                .where(OFFICE_SIGNING_KEY.OFFICE_ID.eq(office.id()))
                .orderBy(OFFICE_SIGNING_KEY.CREATED_AT, OFFICE_SIGNING_KEY.KEY_ID)
                .fetch(r -> new OwnKey(OfficeKey.of(office.code(), OfficeKey.decodePublicKey(r.getPublicKey())),
                        r.getCreatedAt().toInstant(), r.getActive() ? Optional.empty()
                                : Optional.of(r.getRetiredAt() == null ? r.getCreatedAt().toInstant()
                                        : r.getRetiredAt().toInstant()))));
    }

    private void insert(DSLContext db, KeyPair pair, OfficeKey key) {
        db.insertInto(OFFICE_SIGNING_KEY)
                .set(OFFICE_SIGNING_KEY.KEY_ID, key.keyId())
                .set(OFFICE_SIGNING_KEY.OFFICE_ID, office.id())
                .set(OFFICE_SIGNING_KEY.ALGORITHM, OfficeKey.ALGORITHM)
                .set(OFFICE_SIGNING_KEY.PUBLIC_KEY, key.encoded())
                .set(OFFICE_SIGNING_KEY.PRIVATE_KEY, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()))
                .set(OFFICE_SIGNING_KEY.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .set(OFFICE_SIGNING_KEY.ACTIVE, true)
                .execute();
    }

    private OfficeSigningKeyRecord activeKey(DSLContext db) {
        return db.selectFrom(OFFICE_SIGNING_KEY)
                .where(OFFICE_SIGNING_KEY.OFFICE_ID.eq(office.id()).and(OFFICE_SIGNING_KEY.ACTIVE.isTrue()))
                .orderBy(OFFICE_SIGNING_KEY.CREATED_AT, OFFICE_SIGNING_KEY.KEY_ID)
                .limit(1)
                .fetchOne();
    }

    private static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance(OfficeKey.ALGORITHM)
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the office's stored signing key is damaged", e);
        }
    }

    @Override
    public Optional<OfficeKey> find(String keyId) {
        signer();
        return tx.run(db -> {
            var own = db.selectFrom(OFFICE_SIGNING_KEY).where(OFFICE_SIGNING_KEY.KEY_ID.eq(keyId)).fetchOne();
            if (own != null) {
                return Optional.of(OfficeKey.of(office.code(), OfficeKey.decodePublicKey(own.getPublicKey())));
            }
            return db.selectFrom(KNOWN_OFFICE_KEY).where(KNOWN_OFFICE_KEY.KEY_ID.eq(keyId)).fetchOptional()
                    .map(r -> OfficeKey.of(r.getOfficeCode(), OfficeKey.decodePublicKey(r.getPublicKey())));
        });
    }

    @Override
    public void importKey(OfficeKey key) {
        if (key.officeCode().equals(office.code())) {
            throw new IllegalArgumentException("a key for office " + key.officeCode()
                    + " cannot be imported into that office itself");
        }
        tx.run(db -> {
            if (db.fetchExists(KNOWN_OFFICE_KEY, KNOWN_OFFICE_KEY.KEY_ID.eq(key.keyId()))) {
                return null;
            }
            db.insertInto(KNOWN_OFFICE_KEY)
                    .set(KNOWN_OFFICE_KEY.KEY_ID, key.keyId())
                    .set(KNOWN_OFFICE_KEY.OFFICE_CODE, key.officeCode())
                    .set(KNOWN_OFFICE_KEY.ALGORITHM, OfficeKey.ALGORITHM)
                    .set(KNOWN_OFFICE_KEY.PUBLIC_KEY, key.encoded())
                    .set(KNOWN_OFFICE_KEY.IMPORTED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                    .execute();
            return null;
        });
    }

    @Override
    public List<OfficeKey> known() {
        List<OfficeKey> all = new ArrayList<>();
        all.add(signer().publicKey());
        tx.run(db -> db.selectFrom(KNOWN_OFFICE_KEY).orderBy(KNOWN_OFFICE_KEY.OFFICE_CODE).fetch())
                .forEach(r -> all.add(OfficeKey.of(r.getOfficeCode(), OfficeKey.decodePublicKey(r.getPublicKey()))));
        return all;
    }
}
