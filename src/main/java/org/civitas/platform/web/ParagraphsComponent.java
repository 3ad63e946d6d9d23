package org.civitas.platform.web;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import org.civitas.platform.Paragraphs;

import java.io.IOException;
import java.util.List;

/**
 * {@code <cv:paragraphs value="#{...}" rel="..." target="..."/>}: text people wrote ({@link Paragraphs}), one
 * {@code <p>} per paragraph, its web addresses as links. Every piece goes through the response writer, which escapes
 * text and attributes: nothing of it is ever markup. One component instead of two nested {@code ui:repeat} with a
 * {@code ui:fragment} per piece: a proposal's page with its comments rendered a third of its Faces work there.
 * {@code rel} defaults to {@code nofollow ugc noopener} (what the public writes); {@code target} is left out unless
 * given.
 */
@FacesComponent(ParagraphsComponent.TYPE)
public class ParagraphsComponent extends UIComponentBase {

    static final String TYPE = "civitas.Paragraphs";

    @Override
    public String getFamily() {
        return "civitas";
    }

    @Override
    public boolean getRendersChildren() {
        return true;
    }

    @Override
    public void encodeChildren(FacesContext context) {
        // no children
    }

    @Override
    public void encodeBegin(FacesContext context) throws IOException {
        Object value = getAttributes().get("value");
        if (!(value instanceof List<?> paragraphs)) {
            return;
        }
        Object rel = getAttributes().get("rel");
        Object target = getAttributes().get("target");
        ResponseWriter writer = context.getResponseWriter();
        for (Object paragraph : paragraphs) {
            writer.startElement("p", this);
            for (Object item : (List<?>) paragraph) {
                Paragraphs.Piece piece = (Paragraphs.Piece) item;
                if (piece.link()) {
                    writer.startElement("a", this);
                    writer.writeURIAttribute("href", piece.text(), null);
                    writer.writeAttribute("rel", rel == null ? "nofollow ugc noopener" : rel, null);
                    if (target != null) {
                        writer.writeAttribute("target", target, null);
                    }
                    writer.writeText(piece.text(), null);
                    writer.endElement("a");
                } else {
                    writer.writeText(piece.text(), null);
                }
            }
            writer.endElement("p");
            writer.write("\n");
        }
    }
}
