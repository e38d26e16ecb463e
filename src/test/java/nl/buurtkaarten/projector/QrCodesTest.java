package nl.buurtkaarten.projector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.ResultMetadataType;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The QR code on the projector: a phone that scans it lands on exactly the join address. Each test
 * reads the SVG back as a picture and decodes it with ZXing's own reader, as a phone's camera would.
 */
class QrCodesTest {

    private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
    private static final Pattern MODULE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

    @Test
    void aPhoneScanningTheCodeGetsExactlyTheJoinAddress() throws Exception {
        String joinUrl = "http://192.168.1.20:8080/join/K7QM4RX2P";
        assertThat(scan(QrCodes.svg(joinUrl)).getText()).isEqualTo(joinUrl);
    }

    @Test
    void longAndUnusualButValidAddressesComeBackUnchanged() throws Exception {
        for (String joinUrl : new String[] {
            "https://buurtkaarten.example.nl/join/ABCDEFGHJ",
            "http://[fe80::1ff:fe23:4567:890a]:8080/join/ABCDEFGHJ",
            "https://een-heel-lange-naam-van-een-buurthuis.gemeente-voorbeeldstad.example.nl:8443/ouderavonden/join/"
                    + "ABCDEFGHJ?taal=nl&bron=projector#start",
            "http://café.example.nl/join/ABCDEFGHJ"
        }) {
            assertThat(scan(QrCodes.svg(joinUrl)).getText()).as(joinUrl).isEqualTo(joinUrl);
        }
    }

    @Test
    void anAddressWithArabicOrEmojiComesBackUnchanged() throws Exception {
        String joinUrl = "https://بيت.example/join/ABCDEFGHJ?👋";
        assertThat(scan(QrCodes.svg(joinUrl)).getText()).isEqualTo(joinUrl);
    }

    @Test
    void theCodeIsAWhiteSquareWithBlackModulesAndAQuietZone() throws Exception {
        String svg = QrCodes.svg("http://192.168.1.20:8080/join/K7QM4RX2P");

        assertThat(svg)
                .startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                .endsWith("</svg>")
                .contains("shape-rendering=\"crispEdges\"", "fill=\"#fff\"", "fill=\"#000\"")
                // No fixed width or height: the page sizes it, sharp at any size.
                .doesNotContainPattern("<svg[^>]* (width|height)=");
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        int width = Integer.parseInt(box.group(1));
        int height = Integer.parseInt(box.group(2));
        assertThat(width).isEqualTo(height);
        // A QR code of version v has 17 + 4v modules a side, plus a margin of 2 on each side.
        assertThat((width - 4 - 17) % 4).isZero();
        assertThat(width).isBetween(25, 4 + 177);

        boolean[][] modules = modules(svg, width);
        for (int i = 0; i < width; i++) {
            for (int margin : new int[] {0, 1, width - 2, width - 1}) {
                assertThat(modules[margin][i])
                        .as("quiet zone row %d, column %d", margin, i)
                        .isFalse();
                assertThat(modules[i][margin])
                        .as("quiet zone row %d, column %d", i, margin)
                        .isFalse();
            }
        }
        // The finder pattern's dark outer ring starts right after the margin, top left.
        assertThat(modules[2][2]).isTrue();
        assertThat(modules[2][8]).isTrue();
        assertThat(modules[8][2]).isTrue();
    }

    @Test
    void itUsesErrorCorrectionLevelMSoASmudgedOrGlaringProjectorStillScans() throws Exception {
        Result result = scan(QrCodes.svg("http://192.168.1.20:8080/join/K7QM4RX2P"));
        assertThat(result.getResultMetadata()).containsEntry(ResultMetadataType.ERROR_CORRECTION_LEVEL, "M");
    }

    @Test
    void aLongerAddressGivesABiggerCodeNotATruncatedOne() throws Exception {
        String shortUrl = "http://10.0.0.2/join/ABCDEFGHJ";
        String longUrl = "https://buurtkaarten.example.nl/" + "a".repeat(300) + "/join/ABCDEFGHJ";
        assertThat(size(QrCodes.svg(longUrl))).isGreaterThan(size(QrCodes.svg(shortUrl)));
        assertThat(scan(QrCodes.svg(longUrl)).getText()).isEqualTo(longUrl);
    }

    @Test
    void theSameAddressAlwaysGivesTheSameCode() {
        String joinUrl = "http://192.168.1.20:8080/join/K7QM4RX2P";
        assertThat(QrCodes.svg(joinUrl)).isEqualTo(QrCodes.svg(joinUrl));
        assertThat(QrCodes.svg(joinUrl)).isNotEqualTo(QrCodes.svg("http://192.168.1.20:8080/join/K7QM4RX2Q"));
    }

    @Test
    void textThatCannotFitInAQrCodeIsRefusedWithAClearError() {
        assertThatThrownBy(() -> QrCodes.svg("x".repeat(5000))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QrCodes.svg("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSvgCarriesNoTextOfTheAddressSoNothingInItCanBreakOutOfTheImage() {
        String svg = QrCodes.svg("http://x/join/\"><script>alert(1)</script>");
        assertThat(svg)
                .doesNotContain("<script", "alert")
                .matches("<svg [^<]*><rect [^<]*/><path fill=\"#000\" d=\"[Mhvz0-9 -]*\"/></svg>");
    }

    private static int size(String svg) {
        Matcher box = VIEW_BOX.matcher(svg);
        assertThat(box.find()).isTrue();
        return Integer.parseInt(box.group(1));
    }

    /** The dark modules, [y][x], as the SVG paints them. */
    private static boolean[][] modules(String svg, int size) {
        boolean[][] modules = new boolean[size][size];
        Matcher module = MODULE.matcher(svg);
        while (module.find()) {
            modules[Integer.parseInt(module.group(2))][Integer.parseInt(module.group(1))] = true;
        }
        return modules;
    }

    /** Paints the SVG's modules as pixels, 4 a module with extra white around, and decodes it as a phone would. */
    private static Result scan(String svg) throws Exception {
        int size = size(svg);
        boolean[][] modules = modules(svg, size);
        int scale = 4;
        int border = 8;
        int pixels = size * scale + 2 * border;
        int[] rgb = new int[pixels * pixels];
        Arrays.fill(rgb, 0xFFFFFF);
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                if (modules[y][x]) {
                    for (int dy = 0; dy < scale; dy++) {
                        for (int dx = 0; dx < scale; dx++) {
                            rgb[(border + y * scale + dy) * pixels + border + x * scale + dx] = 0x000000;
                        }
                    }
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(pixels, pixels, rgb)));
        Result result = new QRCodeReader()
                .decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE)));
        assertThat(result.getBarcodeFormat()).isEqualTo(BarcodeFormat.QR_CODE);
        return result;
    }
}
