package nl.buurtkaarten.simulated;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node of Vaadin's state tree as the client holds it: a set of features, each either a map
 * (element data, properties, attributes, listeners...) or a list (children, class names...),
 * numbered as in Flow's {@code NodeFeatures}. Values are plain Java values (String, Boolean,
 * Number, null), Jackson nodes for objects and arrays, or other state nodes.
 */
final class StateNode {

    final int id;
    StateNode parent;
    boolean detached;
    private final Map<Integer, Map<String, Object>> maps = new HashMap<>(4);
    private final Map<Integer, List<Object>> lists = new HashMap<>(4);

    StateNode(int id) {
        this.id = id;
    }

    Map<String, Object> map(int feature) {
        return maps.computeIfAbsent(feature, f -> new LinkedHashMap<>());
    }

    List<Object> list(int feature) {
        return lists.computeIfAbsent(feature, f -> new ArrayList<>());
    }

    Object get(int feature, String key) {
        Map<String, Object> map = maps.get(feature);
        return map == null ? null : map.get(key);
    }

    boolean has(int feature, String key) {
        Map<String, Object> map = maps.get(feature);
        return map != null && map.containsKey(key);
    }

    List<Object> listOrEmpty(int feature) {
        List<Object> list = lists.get(feature);
        return list == null ? List.of() : list;
    }

    Map<String, Object> mapOrEmpty(int feature) {
        Map<String, Object> map = maps.get(feature);
        return map == null ? Map.of() : map;
    }
}
