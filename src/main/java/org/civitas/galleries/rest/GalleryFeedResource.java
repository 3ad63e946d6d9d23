package org.civitas.galleries.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.civitas.galleries.GalleryPicture;
import org.civitas.galleries.GalleryReader;
import org.civitas.galleries.GallerySummary;
import org.civitas.platform.Town;
import org.civitas.platform.rest.Conditional;
import org.civitas.platform.web.PublicAddress;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A published gallery as an RSS 2.0 feed, {@code /feeds/galleries/{id}.rss} (also under {@code /api/}): its latest 50
 * photos, newest first, each with its full-size image as an {@code enclosure} and as Media RSS {@code media:content}
 * (with its size, title and credit), what Pinterest's and other networks' automatic publishing from a feed read to
 * pin or post the picture with a link back. Written by hand rather than by the proposals' feed library, whose RSS has
 * no Media RSS.
 */
@Path("feeds/galleries")
public class GalleryFeedResource {

    private static final String MEDIA = "http://search.yahoo.com/mrss/";
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Inject
    private GalleryReader reader;

    @Inject
    private PublicAddress address;

    @Inject
    private Town town;

    @Context
    private HttpServletRequest servletRequest;

    @Context
    private Request request;

    @GET
    @Path("{id:[0-9]{1,18}}.rss")
    @Operation(summary = "A published gallery's latest photos as RSS 2.0 with Media RSS (full-size images)")
    @APIResponse(responseCode = "200", description = "The feed")
    @APIResponse(responseCode = "304", description = "Not modified")
    @APIResponse(responseCode = "404", description = "No such published gallery")
    public Response feed(@PathParam("id") long id) {
        GallerySummary gallery = reader.gallery(id, false).orElseThrow(NotFoundException::new);
        String base = address.base(servletRequest);
        byte[] body = rss(gallery, reader.latest(id, 50), base);
        return Conditional.answer(request, Conditional.tagOf(body), CacheControl.valueOf("public, max-age=300"),
                        () -> Response.ok(body, "application/rss+xml;charset=UTF-8"))
                .header("Access-Control-Allow-Origin", "*").build();
    }

    private byte[] rss(GallerySummary gallery, List<GalleryPicture> pictures, String base) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("media", MEDIA);
            xml.writeNamespace("atom", ATOM);
            xml.writeStartElement("channel");
            String page = base + "/gallery/" + gallery.id();
            element(xml, "title", gallery.title() + " — " + town.getName());
            element(xml, "link", page);
            element(xml, "description", gallery.description().isBlank() ? gallery.title() : gallery.description());
            element(xml, "language", "fr");
            xml.writeEmptyElement("atom", "link", ATOM);
            xml.writeAttribute("href", base + "/feeds/galleries/" + gallery.id() + ".rss");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("type", "application/rss+xml");
            if (!pictures.isEmpty()) {
                element(xml, "lastBuildDate", rfc1123(pictures.get(0).addedAt()));
            }
            for (GalleryPicture p : pictures) {
                String image = base + p.image();
                xml.writeStartElement("item");
                element(xml, "title", p.title());
                element(xml, "link", base + p.page());
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "false");
                xml.writeCharacters("civitas-gallery-" + gallery.id() + "-item-" + p.itemId());
                xml.writeEndElement();
                element(xml, "pubDate", rfc1123(p.addedAt()));
                element(xml, "description", p.title() + " — " + p.credit());
                xml.writeEmptyElement("enclosure");
                xml.writeAttribute("url", image);
                xml.writeAttribute("type", "image/jpeg");
                xml.writeAttribute("length", "0");
                xml.writeStartElement("media", "content", MEDIA);
                xml.writeAttribute("url", image);
                xml.writeAttribute("medium", "image");
                xml.writeAttribute("type", "image/jpeg");
                xml.writeAttribute("width", Integer.toString(p.width()));
                xml.writeAttribute("height", Integer.toString(p.height()));
                xml.writeStartElement("media", "title", MEDIA);
                xml.writeCharacters(p.title());
                xml.writeEndElement();
                xml.writeStartElement("media", "credit", MEDIA);
                xml.writeCharacters(p.credit());
                xml.writeEndElement();
                if (p.licence().deed() != null) {
                    xml.writeStartElement("media", "license", MEDIA);
                    xml.writeAttribute("href", p.licence().deed());
                    xml.writeCharacters(p.licence().name());
                    xml.writeEndElement();
                }
                xml.writeEmptyElement("media", "thumbnail", MEDIA);
                xml.writeAttribute("url", base + p.thumbnail());
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write the gallery feed " + gallery.id(), e);
        }
        return out.toByteArray();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static String rfc1123(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
