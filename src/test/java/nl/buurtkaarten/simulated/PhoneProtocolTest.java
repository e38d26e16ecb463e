package nl.buurtkaarten.simulated;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The simulated phone's reading of Vaadin's messages, without a server: messages shaped as the app
 * sends them (taken from a recorded Chromium session) are fed in directly.
 */
class PhoneProtocolTest {

    private final Phones phones = new Phones(URI.create("http://localhost:9/"));
    private final Phone phone = phones.newPhone("Anna");

    @AfterEach
    void close() {
        phones.close();
    }

    @Test
    void buildsTheScreenFromTheStateTreeChanges() {
        receive(0, """
                {"syncId":0,"Vaadin-Security-Key":"k","changes":[
                 {"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
                 {"node":1,"type":"splice","feat":24,"index":0,"addNodes":[3]},
                 {"node":3,"type":"attach"},{"node":3,"type":"put","key":"tag","feat":0,"value":"flow-container"}]}""");
        receive(1, """
                {"syncId":1,"clientId":1,"constants":{"c1":{"event.detail":false}},"changes":[
                 {"node":3,"type":"splice","feat":2,"index":0,"addNodes":[5,7]},
                 {"node":4,"type":"attach"},{"node":4,"type":"put","key":"text","feat":7,"value":"Versturen"},
                 {"node":5,"type":"attach"},{"node":5,"type":"put","key":"tag","feat":0,"value":"vaadin-button"},
                 {"node":5,"type":"splice","feat":2,"index":0,"addNodes":[4]},
                 {"node":5,"type":"splice","feat":11,"index":0,"add":["bk-big-button","bk-send"]},
                 {"node":5,"type":"put","key":"click","feat":4,"value":"c1"},
                 {"node":6,"type":"attach"},{"node":6,"type":"put","key":"text","feat":7,"value":"Verborgen"},
                 {"node":7,"type":"attach"},{"node":7,"type":"put","key":"tag","feat":0,"value":"p"},
                 {"node":7,"type":"splice","feat":2,"index":0,"addNodes":[6]},
                 {"node":7,"type":"put","key":"visible","feat":0,"value":false}]}""");

        Element send = phone.get(By.className("bk-send"));
        assertThat(send.tag()).isEqualTo("vaadin-button");
        assertThat(send.text()).isEqualTo("Versturen");
        assertThat(send.classNames()).containsExactly("bk-big-button", "bk-send");
        assertThat(send.listensTo("click")).isTrue();
        assertThat(phone.find(By.text("Verborgen"))).as("a hidden element").isEmpty();

        receive(2, """
                {"syncId":2,"changes":[
                 {"node":5,"type":"splice","feat":11,"index":1,"remove":1},
                 {"node":7,"type":"remove","feat":0,"key":"visible"},
                 {"node":3,"type":"splice","feat":2,"index":0,"remove":1},{"node":5,"type":"detach"},{"node":4,"type":"detach"}],
                 "execute":[[true,{"@v-node":7},"return (async function() { this.invalid = $0}).apply($1)"]]}""");

        assertThat(send.isVisible()).as("a detached element").isFalse();
        assertThat(phone.findAll(By.className("bk-send"))).isEmpty();
        Element paragraph = phone.get(By.tag("p"));
        assertThat(paragraph.text()).isEqualTo("Verborgen");
        assertThat(paragraph.property("invalid")).isEqualTo(true);
        assertThat(phone.problems()).isEmpty();
    }

    @Test
    void appliesMessagesInTheServersOrderWhenAPushOvertakesAResponse() {
        receive(0, """
                {"syncId":0,"changes":[{"node":1,"type":"put","key":"tag","feat":0,"value":"body"},
                 {"node":2,"type":"attach"},{"node":2,"type":"put","key":"tag","feat":0,"value":"h1"},
                 {"node":1,"type":"splice","feat":2,"index":0,"addNodes":[2]}]}""");
        CompletableFuture<Arrival> titled =
                phone.until(shown -> shown.find(By.text("Buurtavond")).isPresent());

        receive(2, """
                {"syncId":2,"meta":{"async":true},"changes":[{"node":3,"type":"put","key":"text","feat":7,"value":"Buurtavond"}]}""");
        assertThat(titled)
                .as("message 2 refers to node 3, which message 1 attaches: it waits")
                .isNotDone();
        assertThat(phone.problems()).isEmpty();

        Arrival first = receive(1, """
                {"syncId":1,"changes":[{"node":3,"type":"attach"},{"node":2,"type":"splice","feat":2,"index":0,"addNodes":[3]}]}""");

        assertThat(titled).isCompletedWithValueMatching(arrival -> arrival.syncId() == 2);
        assertThat(phone.get(By.tag("h1")).text()).isEqualTo("Buurtavond");
        assertThat(phone.arrivals()).extracting(Arrival::syncId).containsExactly(0, 2, 1);
        assertThat(first.kind()).isEqualTo(Arrival.Kind.RESPONSE);
        assertThat(phone.problems()).isEmpty();
    }

    @Test
    void sessionExpiryAndAppErrorsAreProblems() {
        receive(0, """
                {"syncId":0,"meta":{"appError":{"caption":"Internal error","message":"Please notify the administrator."}}}""");
        receive(-1, """
                {"meta":{"sessionExpired":true}}""");
        assertThat(phone.problems())
                .hasSize(2)
                .anySatisfy(problem -> assertThat(problem).contains("Internal error"))
                .anySatisfy(problem -> assertThat(problem).contains("session expired"));
    }

    private Arrival receive(int syncId, String json) {
        JsonNode message = phones.json.readTree(json);
        Arrival arrival = new Arrival(
                message.path("meta").has("async") ? Arrival.Kind.PUSH : Arrival.Kind.RESPONSE,
                System.nanoTime(),
                Phone.utf8Length(json),
                syncId);
        phone.receive(message, arrival);
        return arrival;
    }
}
