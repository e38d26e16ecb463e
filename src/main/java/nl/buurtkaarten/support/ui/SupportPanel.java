package nl.buurtkaarten.support.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.SvgIcon;
import java.util.List;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.ui.ChangingText;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.base.ui.PhoneIcon;
import nl.buurtkaarten.base.ui.Screen;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.cards.CardKind;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.support.Direction;
import nl.buurtkaarten.support.SupportDraft;
import nl.buurtkaarten.support.SupportItem;
import nl.buurtkaarten.support.SupportNow;
import nl.buurtkaarten.support.SupportService;

/**
 * "Geven en vragen" on the phone: a parent offers help and asks for it, at any moment of an open
 * meeting. Topics are chosen by tapping a picture; when and where are optional. The panel gently
 * invites everyone to offer something, not only to ask.
 */
class SupportPanel extends Section implements Screen {

    private final Meeting meeting;
    private final long participantId;
    private final String token;
    private final SupportService support;
    private final ChangingText invitationWords = new ChangingText();
    private final Paragraph invitation = new Paragraph(invitationWords);
    private final UnorderedList list = new UnorderedList();
    private final SupportForm form = new SupportForm(this::save, this::refresh);
    private final Div startButtons = new Div();

    private boolean open;
    private boolean offerCard;
    private List<SupportItem> shownMine;
    private boolean shownOpen;

    SupportPanel(Meeting meeting, long participantId, String token, SupportService support, Screens screens) {
        this.meeting = meeting;
        this.participantId = participantId;
        this.token = token;
        this.support = support;
        addClassName("bk-support");
        Button offer = new Button(
                getTranslation("support.start.offer"),
                pictogram(PhoneIcon.GIFT),
                click -> openForm(Direction.OFFER, null));
        offer.addThemeVariants(ButtonVariant.PRIMARY);
        offer.addClassNames("bk-big-button", "bk-support-offer");
        Button request = new Button(
                getTranslation("support.start.request"),
                pictogram(PhoneIcon.HAND),
                click -> openForm(Direction.REQUEST, null));
        request.addClassNames("bk-big-button", "bk-support-request");
        startButtons.add(offer, request);
        startButtons.addClassName("bk-support-start");
        invitation.addClassName("bk-support-invitation");
        list.addClassName("bk-support-list");
        add(new H2(getTranslation("support.title")), invitation, startButtons, form, list);
        screens.follow(this, meeting.id(), this);
    }

    /** What the panel shows of the picture: whether the meeting is open, whether the card invites offers, and the parent's own items. */
    private record Shown(boolean open, boolean offerCard, List<SupportItem> mine) {}

    @Override
    public Object shownOf(MeetingPicture picture) {
        MeetingNow now = picture.part(MeetingNow.class);
        if (now.isGone()) {
            return null;
        }
        boolean invites = now.currentCard()
                .map(card -> card.kind() == CardKind.OFFER_PROMPT)
                .orElse(false);
        return new Shown(
                now.meeting().isOpen(), invites, picture.part(SupportNow.class).of(participantId));
    }

    @Override
    public void show(MeetingPicture picture) {
        if (shownOf(picture) instanceof Shown shown) {
            open = shown.open();
            offerCard = shown.offerCard();
            draw(shown.mine());
        }
    }

    /** After the parent's own change: their items as stored now. */
    private void refresh() {
        shownMine = null;
        draw(mine());
    }

    private void draw(List<SupportItem> mine) {
        setVisible(open || !mine.isEmpty());
        startButtons.setVisible(open && !form.isVisible());
        getElement().setAttribute("data-highlight", String.valueOf(offerCard));
        boolean offers = mine.stream().anyMatch(item -> item.direction() == Direction.OFFER);
        boolean requests = mine.stream().anyMatch(item -> item.direction() == Direction.REQUEST);
        String invite = getTranslation(
                offerCard
                        ? "support.invite.card"
                        : requests && !offers
                                ? "support.invite.offer-too"
                                : mine.isEmpty() ? "support.invite.start" : "support.invite.more");
        invitationWords.change(invite);
        if (mine.equals(shownMine) && open == shownOpen) {
            return;
        }
        shownMine = mine;
        shownOpen = open;
        list.removeAll();
        for (SupportItem item : mine) {
            list.add(new SupportItemRow(item, open, changed -> openForm(changed.direction(), changed), this::withdraw));
        }
    }

    private List<SupportItem> mine() {
        return support.mine(meeting.id(), token);
    }

    private void openForm(Direction direction, SupportItem existing) {
        form.open(direction, existing, support.areas(meeting.id()));
        startButtons.setVisible(false);
    }

    private void save(SupportItem existing, SupportDraft draft) {
        if (existing == null) {
            support.add(meeting.id(), token, draft);
        } else {
            support.change(meeting.id(), token, existing.id(), draft);
        }
    }

    private void withdraw(SupportItem item) {
        if (Messages.attempt(this, () -> support.withdraw(meeting.id(), token, item.id()))) {
            refresh();
        }
    }

    /** A picture beside a button's words, hidden from screen readers (the words say it). */
    static SvgIcon pictogram(PhoneIcon kind) {
        SvgIcon icon = kind.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        return icon;
    }
}
