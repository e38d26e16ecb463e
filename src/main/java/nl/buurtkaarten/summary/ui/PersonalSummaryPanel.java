package nl.buurtkaarten.summary.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.buurtkaarten.base.live.MeetingPicture;
import nl.buurtkaarten.base.ui.Messages;
import nl.buurtkaarten.base.ui.Screen;
import nl.buurtkaarten.base.ui.Screens;
import nl.buurtkaarten.cards.ui.CardDisplay;
import nl.buurtkaarten.meeting.Meeting;
import nl.buurtkaarten.meeting.MeetingNow;
import nl.buurtkaarten.meeting.MeetingService;
import nl.buurtkaarten.participation.Participant;
import nl.buurtkaarten.summary.ContactService;
import nl.buurtkaarten.summary.ContactsNow;
import nl.buurtkaarten.summary.SuggestedMatch;
import nl.buurtkaarten.summary.SummaryNow;
import nl.buurtkaarten.summary.SummaryService;
import nl.buurtkaarten.summary.SummaryTexts;

/**
 * A parent's own part of the summary: whom they could help, who could help them, and why. Contact
 * details are exchanged only when both parents agreed to share with each other.
 */
class PersonalSummaryPanel extends Section implements Screen {

    private final Meeting meeting;
    private final Participant me;
    private final String token;
    private final MeetingService meetings;
    private final SummaryService summaries;
    private final ContactService contacts;
    private final Div content = new Div();
    private final Div contactSection = new Div();
    private final Map<Long, ContactRow> rows = new HashMap<>();

    PersonalSummaryPanel(
            Meeting meeting,
            Participant me,
            String token,
            MeetingService meetings,
            SummaryService summaries,
            ContactService contacts,
            Screens screens) {
        this.meeting = meeting;
        this.me = me;
        this.token = token;
        this.meetings = meetings;
        this.summaries = summaries;
        this.contacts = contacts;
        addClassName("bk-personal-summary");
        contactSection.addClassName("bk-contact");
        add(new H2(getTranslation("personal.title")), content);
        screens.follow(this, meeting.id(), this);
    }

    /**
     * What the panel shows: whether the summary is shown at all, and then this parent's pairs, what
     * they share with whom, and the details of those who agreed both ways.
     */
    private record Shown(
            boolean shows, List<SuggestedMatch> mine, Map<Long, String> sharing, Map<Long, String> mutual) {}

    @Override
    public Object shownOf(MeetingPicture picture) {
        MeetingNow now = picture.part(MeetingNow.class);
        if (now.isGone()) {
            return null;
        }
        if (!now.meeting().showsSummary()) {
            return new Shown(false, List.of(), Map.of(), Map.of());
        }
        List<SuggestedMatch> mine = picture.part(SummaryNow.class).of(me.id());
        ContactsNow contactsNow = picture.part(ContactsNow.class);
        Map<Long, String> mutual = new HashMap<>();
        mine.forEach(match -> {
            long other = match.otherThan(me.id()).id();
            contactsNow.mutual(me.id(), other).ifPresent(detail -> mutual.put(other, detail));
        });
        return new Shown(true, mine, contactsNow.sharedBy(me.id()), mutual);
    }

    @Override
    public void show(MeetingPicture picture) {
        if (shownOf(picture) instanceof Shown shown) {
            draw(shown);
        }
    }

    /** After this parent's own change: as stored now. */
    private void refresh() {
        Meeting now = meetings.find(meeting.id()).orElse(meeting);
        if (!now.showsSummary()) {
            draw(new Shown(false, List.of(), Map.of(), Map.of()));
            return;
        }
        List<SuggestedMatch> mine = summaries.personal(meeting.id(), me.id());
        Map<Long, String> mutual = new HashMap<>();
        mine.forEach(match -> {
            long other = match.otherThan(me.id()).id();
            contacts.mutualContact(meeting.id(), token, other).ifPresent(detail -> mutual.put(other, detail));
        });
        draw(new Shown(true, mine, contacts.mySharing(meeting.id(), token), mutual));
    }

    private void draw(Shown shown) {
        boolean appears = shown.shows() && !isVisible();
        setVisible(shown.shows());
        if (appears && getUI().isPresent()) {
            // The facilitator just showed who could help whom: the parent's own part is far down the
            // page, so bring it into view and say so, rather than leave the screen looking unchanged.
            getElement().executeJs("this.scrollIntoView({behavior: 'smooth', block: 'start'})");
            Messages.done(this, "personal.appeared");
        }
        content.removeAll();
        if (!shown.shows()) {
            return;
        }
        List<SuggestedMatch> mine = shown.mine();
        List<SuggestedMatch> giving =
                mine.stream().filter(match -> match.helper().id() == me.id()).toList();
        List<SuggestedMatch> receiving =
                mine.stream().filter(match -> match.receiver().id() == me.id()).toList();
        if (mine.isEmpty()) {
            content.add(new Paragraph(getTranslation("personal.none")));
            return;
        }
        if (!giving.isEmpty()) {
            content.add(new H3(getTranslation("personal.you-could-help")), list(giving, true));
        }
        if (!receiving.isEmpty()) {
            content.add(new H3(getTranslation("personal.could-help-you")), list(receiving, false));
        }
        content.add(contactSection(mine, shown));
    }

    private UnorderedList list(List<SuggestedMatch> matches, boolean giving) {
        UnorderedList list = new UnorderedList();
        list.addClassName("bk-personal-matches");
        for (SuggestedMatch match : matches) {
            ListItem item = new ListItem();
            item.addClassName("bk-personal-match");
            if (match.suggestion()) {
                item.addClassName("bk-personal-suggestion");
            }
            Span who = new Span(SummaryTexts.pairFor(this::getTranslation, match, me.id()));
            who.addClassName("bk-personal-who");
            Span why = new Span(SummaryTexts.reasons(this::getTranslation, match.reasons()));
            why.addClassName("bk-personal-why");
            item.add(CardDisplay.supportIcon(match.offer().kind()), who, why);
            list.add(item);
        }
        return list;
    }

    /**
     * One row per other parent: share my contact, see theirs when we both agreed. Rows are kept
     * between refreshes, so that a parent typing their number does not lose it when the other
     * parent shares at that moment.
     */
    private Div contactSection(List<SuggestedMatch> mine, Shown shown) {
        Map<Long, Participant> others = new LinkedHashMap<>();
        mine.forEach(match -> others.putIfAbsent(match.otherThan(me.id()).id(), match.otherThan(me.id())));
        rows.keySet().retainAll(others.keySet());
        Map<Long, String> sharing = shown.sharing();
        contactSection.removeAll();
        contactSection.add(
                new H3(getTranslation("personal.contact.title")),
                new Paragraph(getTranslation("personal.contact.explain")));
        for (Participant other : others.values()) {
            ContactRow row = rows.computeIfAbsent(
                    other.id(), id -> new ContactRow(other, contacts, meeting.id(), token, this::refresh));
            row.update(
                    sharing.containsKey(other.id()),
                    Optional.ofNullable(shown.mutual().get(other.id())));
            contactSection.add(row);
        }
        return contactSection;
    }
}
