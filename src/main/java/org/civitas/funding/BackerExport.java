package org.civitas.funding;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.civitas.platform.Texts;
import org.civitas.platform.Town;
import org.civitas.platform.export.Csv;
import org.civitas.platform.export.Xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The treasurer's export of a campaign's pledges (CSV or XLSX), written as it is read: 500 pledges at a time in the
 * pledges' order, so a campaign of any size takes the same memory. Amounts in euros as numbers, times in the town's
 * zone, a name only where its backer let it show.
 */
@ApplicationScoped
public class BackerExport {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int STEP = 500;

    @Inject
    private Backers backers;

    @Inject
    private Town town;

    /** Checks the campaign exists and records the export in the audit log, before the file is written. */
    public void started(long campaignId, String format) {
        backers.exported(campaignId, format);
    }

    public void write(long campaignId, boolean csv, Locale locale, OutputStream out) throws IOException {
        List<Object> header = new ArrayList<>();
        for (String column : List.of("id", "backer", "amount", "state", "reward", "provider", "payment", "receipt",
                "pledgedAt", "paidAt", "endedAt")) {
            String key = "funding.export." + column;
            header.add(Texts.get(locale, key));
        }
        if (csv) {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            Csv file = new Csv(writer);
            file.row(header);
            rows(campaignId, locale, file::row);
            writer.flush();
        } else {
            try (Xlsx file = new Xlsx(out, Texts.get(locale, "funding.export.sheet"))) {
                file.row(header);
                rows(campaignId, locale, file::row);
            }
        }
    }

    private void rows(long campaignId, Locale locale, Consumer<List<?>> sink) {
        long after = 0;
        while (true) {
            List<Backers.Row> rows = backers.after(campaignId, after, STEP);
            for (Backers.Row r : rows) {
                List<Object> cells = new ArrayList<>();
                cells.add(r.id());
                cells.add(r.name() == null ? Texts.get(locale, "funding.export.anonymous") : r.name());
                cells.add(BigDecimal.valueOf(r.amountCents(), 2));
                String state = "funding.pledgeState." + r.state().name();
                cells.add(Texts.get(locale, state));
                cells.add(r.reward());
                cells.add(r.provider());
                cells.add(r.paymentId());
                cells.add(r.receiptNumber() == null ? null : ReceiptPdf.number(r.receiptYear(), r.receiptNumber()));
                cells.add(time(r.createdAt()));
                cells.add(time(r.paidAt()));
                cells.add(time(r.endedAt()));
                sink.accept(cells);
            }
            if (rows.size() < STEP) {
                return;
            }
            after = rows.get(rows.size() - 1).id();
        }
    }

    private String time(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, town.getZone()).withNano(0).toString()
                .replace('T', ' ');
    }
}
