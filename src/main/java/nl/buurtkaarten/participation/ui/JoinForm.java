package nl.buurtkaarten.participation.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import nl.buurtkaarten.base.UserFacingException;
import nl.buurtkaarten.base.ui.LengthLimit;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.base.ui.PhoneIcon;
import nl.buurtkaarten.base.ui.PictureButton;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.participation.Joined;
import nl.buurtkaarten.participation.ParticipationService;

/** One screen: pick a nickname, read in plain words what happens with your data, and join. */
class JoinForm extends Div {

    private final TextField nickname = new TextField();

    JoinForm(Meeting meeting, ParticipationService participation, Consumer<Joined> onJoined) {
        addClassName("bk-join-form");
        H1 title = new H1(getTranslation("join.form.title", meeting.title()));
        nickname.setLabel(getTranslation("join.form.nickname"));
        nickname.setHelperText(getTranslation("join.form.nickname-helper"));
        LengthLimit.apply(nickname, ParticipationService.MAX_NICKNAME, "join.error.nickname-too-long");
        nickname.setWidthFull();
        nickname.setAutocomplete(Autocomplete.NICKNAME);
        nickname.addClassName("bk-nickname");

        Section privacy = new Section();
        privacy.addClassName("bk-privacy");
        UnorderedList points = new UnorderedList();
        for (String key : new String[] {
            "join.privacy.nickname",
            "join.privacy.anonymous",
            "join.privacy.hide",
            "join.privacy.nothing-shared",
            "join.privacy.deleted"
        }) {
            points.add(new ListItem(getTranslation(key)));
        }
        privacy.add(new H2(getTranslation("join.privacy.title")), points);

        Button join = new Button(getTranslation("join.form.accept"), click -> {
            try {
                onJoined.accept(participation.join(meeting.id(), nickname.getValue()));
            } catch (UserFacingException refusal) {
                if (refusal.messageKey().startsWith("join.error.nickname")) {
                    nickname.setErrorMessage(Messages.text(this, refusal));
                    nickname.setInvalid(true);
                    nickname.focus();
                } else {
                    Messages.refused(this, refusal);
                }
            }
        });
        join.addThemeVariants(ButtonVariant.PRIMARY);
        join.addClassNames("bk-big-button", "bk-join-button");
        join.addClickShortcut(Key.ENTER);
        Paragraph consent = new Paragraph(getTranslation("join.form.consent"));
        consent.addClassName("bk-consent");
        if (EasyMode.isOn()) {
            // No typing needed: a picture is the name ("Zon", or "Zon 2" when taken); typing stays possible below.
            add(title, pictureNames(meeting, participation, onJoined), privacy, consent, nickname, join);
        } else {
            add(title, nickname, privacy, consent, join);
            nickname.focus();
        }
    }

    /** The pictures a parent can tap as their name in the low-literacy mode, with the word in their language. */
    static final List<PictureName> PICTURE_NAMES = List.of(
            new PictureName("sun", PhoneIcon.SUN_O), new PictureName("moon", PhoneIcon.MOON),
            new PictureName("star", PhoneIcon.STAR), new PictureName("heart", PhoneIcon.HEART),
            new PictureName("umbrella", PhoneIcon.UMBRELLA), new PictureName("boat", PhoneIcon.BOAT),
            new PictureName("bus", PhoneIcon.BUS), new PictureName("music", PhoneIcon.MUSIC),
            new PictureName("coffee", PhoneIcon.COFFEE), new PictureName("rocket", PhoneIcon.ROCKET),
            new PictureName("anchor", PhoneIcon.ANCHOR), new PictureName("bell", PhoneIcon.BELL));

    record PictureName(String key, PhoneIcon icon) {}

    private Section pictureNames(Meeting meeting, ParticipationService participation, Consumer<Joined> onJoined) {
        Section section = new Section();
        section.addClassName("bk-picture-names");
        H2 heading = new H2(getTranslation("join.easy.pick"));
        Div grid = new Div();
        grid.addClassName("bk-picture-name-grid");
        grid.getElement().setAttribute("role", "group");
        grid.getElement().setAttribute("aria-label", getTranslation("join.easy.pick"));
        for (PictureName picture : PICTURE_NAMES) {
            String word = getTranslation("join.picture." + picture.key());
            PictureButton button = new PictureButton(picture.icon().create(), word);
            button.addClassName("bk-picture-name");
            button.getElement().setAttribute("data-picture", picture.key());
            button.addClickListener(click -> {
                try {
                    onJoined.accept(participation.joinWithFirstFreeName(meeting.id(), word));
                } catch (UserFacingException refusal) {
                    Messages.refused(this, refusal);
                }
            });
            grid.add(button);
        }
        Paragraph or = new Paragraph(getTranslation("join.easy.or-type"));
        or.addClassName("bk-small-note");
        section.add(heading, grid, or);
        return section;
    }
}
