package nl.buurtkaarten.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.icon.SvgIcon;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The phone's own pictures: every one the code names is in the sprite, drawn like a Vaadin icon, and nothing else is. */
class PhoneIconTest {

    @Test
    void everyPictureIsASymbolOfTheSpriteOnVaadinsSixteenPixelGridAndTheSpriteHoldsNoOther() throws Exception {
        Document sprite = sprite();
        NodeList symbols = sprite.getElementsByTagName("symbol");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < symbols.getLength(); i++) {
            Element symbol = (Element) symbols.item(i);
            ids.add(symbol.getAttribute("id"));
            assertThat(symbol.getAttribute("viewBox"))
                    .as(symbol.getAttribute("id"))
                    .isEqualTo("0 0 16 16");
            NodeList paths = symbol.getElementsByTagName("path");
            assertThat(paths.getLength()).as(symbol.getAttribute("id")).isPositive();
            for (int p = 0; p < paths.getLength(); p++) {
                Element path = (Element) paths.item(p);
                assertThat(path.getAttribute("d")).isNotBlank();
                // No colour of its own: the icon's colour (CSS color, currentColor) fills it, as with Vaadin's icons.
                assertThat(path.hasAttribute("fill")).isFalse();
                assertThat(path.hasAttribute("style")).isFalse();
            }
        }
        assertThat(ids)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(PhoneIcon.values()).map(PhoneIcon::symbol).toList());
    }

    @Test
    void theSpriteSaysWhereItsPicturesComeFromAndUnderWhichLicence() throws Exception {
        String text = new String(spriteBytes(), StandardCharsets.UTF_8);

        assertThat(text).contains("@vaadin/icons", "Vaadin Ltd.", "Apache License, Version 2.0");
    }

    @Test
    void anIconNamesTheSpriteUnderItsVersionAndItsSymbol() {
        SvgIcon icon = PhoneIcon.SUN_O.create();

        assertThat(PhoneIcon.VERSION).matches("[0-9a-f]{12}");
        assertThat(icon.getSrc()).isEqualTo("icons/phone-icons.svg?v=" + PhoneIcon.VERSION);
        assertThat(icon.getSymbol()).isEqualTo("sun-o");
        assertThat(icon.getClassNames()).contains(PhoneIcon.CLASS_NAME);

        PhoneIcon.MOON_O.showOn(icon);
        assertThat(icon.getSymbol()).isEqualTo("moon-o");
    }

    private static Document sprite() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        try (InputStream in = new java.io.ByteArrayInputStream(spriteBytes())) {
            return factory.newDocumentBuilder().parse(in);
        }
    }

    private static byte[] spriteBytes() throws Exception {
        try (InputStream in = PhoneIcon.class.getResourceAsStream("/META-INF/resources/" + PhoneIcon.FILE)) {
            assertThat(in).as(PhoneIcon.FILE).isNotNull();
            return in.readAllBytes();
        }
    }
}
