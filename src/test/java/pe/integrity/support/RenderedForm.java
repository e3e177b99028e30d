package pe.integrity.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The name/value pairs a browser sends for a form as the server rendered it, without pressing a named button:
 * text inputs and hidden fields with their values, checked boxes and radios, the selected option of each
 * select (the first when none is selected), textareas; disabled controls and the CSRF field are left out
 * (MockMvc adds its own token).
 */
public final class RenderedForm {

    private RenderedForm() {}

    public static List<Map.Entry<String, String>> fields(Element form) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        for (Element e : form.select("input[name], select[name], textarea[name]")) {
            String name = e.attr("name");
            if (name.equals("_csrf") || disabled(e, form)) {
                continue;
            }
            switch (e.tagName()) {
                case "select" -> {
                    Element option = e.selectFirst("option[selected]");
                    if (option == null) {
                        option = e.selectFirst("option");
                    }
                    if (option != null) {
                        fields.add(Map.entry(name, option.hasAttr("value") ? option.attr("value") : option.text()));
                    }
                }
                case "textarea" -> fields.add(Map.entry(name, e.wholeText().replaceFirst("^\n", "")));
                default -> {
                    String type = e.attr("type").toLowerCase();
                    if (List.of("submit", "button", "file", "image", "reset").contains(type)) {
                        continue;
                    }
                    if ((type.equals("checkbox") || type.equals("radio")) && !e.hasAttr("checked")) {
                        continue;
                    }
                    fields.add(Map.entry(name, type.equals("checkbox") && !e.hasAttr("value") ? "on" : e.val()));
                }
            }
        }
        return fields;
    }

    private static boolean disabled(Element e, Element form) {
        for (Element at = e; at != null && at != form.parent(); at = at.parent()) {
            if (at.hasAttr("disabled") && (at == e || at.tagName().equals("fieldset"))) {
                return true;
            }
        }
        return false;
    }
}
