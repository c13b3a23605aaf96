package org.patrolgrid.web.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {
    @Test
    void quotesOnlyWhatNeedsQuotingAndEndsLinesWithCrLf() {
        byte[] bytes = new CsvWriter(List.of("a", "b", "c", "d"))
                .text("plain")
                .text("with, comma")
                .text("say \"hi\"")
                .text("two\nlines")
                .endLine()
                .finish()
                .getBytes();
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("a,b,c,d\r\nplain,\"with, comma\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", text);
    }

    @Test
    void numbersTimesNullsAndFormulaLikeText() {
        byte[] bytes = new CsvWriter(List.of("x"))
                .number(3.0)
                .number(0.25)
                .number((Double) null)
                .time(Instant.parse("2026-11-28T16:30:00Z"))
                .time(null)
                .text("=SUM(A1)")
                .text("-5")
                .endLine()
                .finish()
                .getBytes();
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertEquals("x\r\n3,0.25,,2026-11-29T00:30:00+08:00,,'=SUM(A1),'-5\r\n", text);
    }
}
