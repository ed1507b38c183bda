package cloud.citizen.votes.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/**
 * The audit CSV of a closed election: every ballot (receipt hash, units, area, choices, time), then
 * the tally, each row chained to the one before by SHA-256 ({@code rowHash = sha256(previousHash
 * + "," + row)}), starting from a hash of the election id. Changing, inserting or removing a row
 * breaks the chain from there on; removing rows at the end is caught by comparing the last hash
 * with the {@code auditChainHead} published in the results. Every field is an id we validated
 * (letters, digits, {@code . _ -}, never a leading sign), a number or a time, so no cell needs
 * quoting and none can start a spreadsheet formula.
 */
public final class AuditTrail {
    public static final String HEADER =
            "record,seq,receiptHash,unitIds,areaM2,choices,castAt,ballots,units,owners,previousHash,rowHash";
    private static final int CHAINED_COLUMNS = 10;

    private AuditTrail() {
    }

    /** The CSV and the hash of its last row. */
    public record Document(String csv, String head) {
    }

    /** Whether a document re-checks; {@code firstBrokenLine} is 1-based (the header is line 1), 0 when intact. */
    public record Check(boolean intact, int firstBrokenLine) {
    }

    public static Document write(String electionId, List<Ballot> ballots, Results results) {
        List<String> rows = new ArrayList<>();
        List<Ballot> ordered = new ArrayList<>(ballots);
        ordered.sort(Comparator.comparing(Ballot::castAt).thenComparing(Ballot::receiptHash));
        int seq = 0;
        for (Ballot b : ordered) {
            rows.add(String.join(",", "ballot", Integer.toString(++seq), b.receiptHash(), String.join(";", b.unitIds()),
                    Areas.toM2(b.areaCenti()).toPlainString(), String.join(";", b.choices()), b.castAt().toString(),
                    "", "", ""));
        }
        for (ChoiceCount c : results.choices()) {
            rows.add(String.join(",", "tally", Integer.toString(++seq), "", "", Areas.toM2(c.areaCenti()).toPlainString(),
                    c.choice(), "", Long.toString(c.ballots()), Long.toString(c.units()), Long.toString(c.owners())));
        }
        Turnout p = results.participation();
        rows.add(String.join(",", "electorate", Integer.toString(++seq), "", "", Areas.toM2(p.areaCenti()).toPlainString(),
                "", "", "", Long.toString(p.units()), Long.toString(p.owners())));
        rows.add(String.join(",", "participation", Integer.toString(++seq), "", "",
                Areas.toM2(p.areaVotedCenti()).toPlainString(), "", "", Long.toString(p.ownersVoted()),
                Long.toString(p.unitsVoted()), Long.toString(p.ownersVoted())));
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        String previous = genesis(electionId);
        for (String row : rows) {
            String hash = sha256(previous + "," + row);
            csv.append(row).append(',').append(previous).append(',').append(hash).append('\n');
            previous = hash;
        }
        return new Document(csv.toString(), previous);
    }

    /** Re-checks every row's chain link and, when given, that the last hash is the published head. */
    public static Check verify(String electionId, String csv, String expectedHead) {
        String[] lines = csv.split("\n");
        if (lines.length == 0 || !lines[0].equals(HEADER)) {
            return new Check(false, 1);
        }
        String previous = genesis(electionId);
        for (int i = 1; i < lines.length; i++) {
            String[] cells = lines[i].split(",", -1);
            if (cells.length != CHAINED_COLUMNS + 2) {
                return new Check(false, i + 1);
            }
            String row = String.join(",", List.of(cells).subList(0, CHAINED_COLUMNS));
            if (!cells[CHAINED_COLUMNS].equals(previous) || !cells[CHAINED_COLUMNS + 1].equals(sha256(previous + "," + row))) {
                return new Check(false, i + 1);
            }
            previous = cells[CHAINED_COLUMNS + 1];
        }
        if (expectedHead != null && !expectedHead.equals(previous)) {
            return new Check(false, lines.length + 1);
        }
        return new Check(true, 0);
    }

    static String genesis(String electionId) {
        return sha256("citizen-cloud votes audit," + electionId);
    }

    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
