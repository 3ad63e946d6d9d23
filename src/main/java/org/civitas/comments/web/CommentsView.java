package org.civitas.comments.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.civitas.comments.CommentNode;
import org.civitas.comments.CommentService;
import org.civitas.comments.CommentText;
import org.civitas.platform.Numbers;
import org.civitas.platform.Paragraphs;
import org.civitas.platform.PlainText;
import org.civitas.platform.web.Messages;
import org.civitas.proposals.ProposalAddress;
import org.civitas.proposals.ProposalPage;
import org.civitas.proposals.web.ProposalPageView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Backs the comment section of a proposal's page (WEB-INF/includes/comments.xhtml). Everything works without
 * JavaScript: replying, editing and deleting are links ({@code ?reply=}, {@code ?edit=}, {@code ?delete=}) that open
 * a form in place, deleting asks for confirmation, and every change ends with a redirect back to the comment.
 * The request parameters are read in {@code @PostConstruct}, so that forms shown by a parameter are there when
 * their postback is decoded.
 */
@Named
@RequestScoped
public class CommentsView {

    public static final int PAGE_SIZE = 20;

    @Inject
    private CommentService comments;

    @Inject
    private Messages messages;

    @Inject
    private FacesContext faces;

    @Inject
    private ProposalPageView proposalPage;

    private Long proposalId;
    private CommentService.Order order = CommentService.Order.NEWEST;
    private int page;
    private Long replyTo;
    private Long editing;
    private Long deleting;
    private List<CommentNode> nodes = List.of();
    private long threads;

    @NotBlank
    @Size(max = 2000)
    @PlainText
    private String body;

    @PostConstruct
    void read() {
        Map<String, String> params = faces.getExternalContext().getRequestParameterMap();
        proposalId = number(params.get("id"));
        order = "oldest".equalsIgnoreCase(params.get("order")) ? CommentService.Order.OLDEST : CommentService.Order.NEWEST;
        page = Numbers.page(params.get("cpage"), 100_000) - 1;
        replyTo = number(params.get("reply"));
        editing = number(params.get("edit"));
        deleting = number(params.get("delete"));
        ProposalPage shown = proposalPage.getPage();
        if (shown == null) {
            return; // the proposal page itself says it is not found
        }
        nodes = comments.thread(shown, order, page * PAGE_SIZE, PAGE_SIZE);
        threads = comments.countThreads(shown.id());
        if (editing != null && !faces.isPostback()) {
            body = nodes.stream().filter(n -> n.id() == editing && n.editableByReader()).findFirst()
                    .map(CommentsView::plain).orElse(null);
        }
    }

    public void post() {
        change(() -> comments.post(proposalId, replyTo, new CommentText(body)).getId(), "comment.posted");
    }

    public void saveEdit() {
        change(() -> comments.edit(editing, new CommentText(body)).getId(), "comment.edited");
    }

    public void delete() {
        change(() -> {
            comments.delete(deleting);
            return deleting;
        }, "comment.deleted");
    }

    private void change(LongSupplier action, String notice) {
        long commentId = action.getAsLong();
        messages.notice(notice);
        try {
            faces.getExternalContext().redirect(faces.getExternalContext().getRequestContextPath()
                    + ProposalAddress.of(proposalId) + (order == CommentService.Order.OLDEST ? "?order=oldest" : "")
                    + "#c-" + commentId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address of this page with one comment parameter (reply, edit, delete) set, keeping the order. */
    public String link(String parameter, long commentId) {
        return "?" + (order == CommentService.Order.OLDEST ? "order=oldest&" : "") + parameter + "=" + commentId
                + "#c-" + commentId;
    }

    public String pageLink(int number) {
        return "?" + (order == CommentService.Order.OLDEST ? "order=oldest&" : "") + "cpage=" + number + "#comments";
    }

    private static String plain(CommentNode node) {
        return node.paragraphs().stream()
                .map(p -> p.stream().map(Paragraphs.Piece::text).reduce("", String::concat))
                .reduce((a, b) -> a + "\n\n" + b).orElse("");
    }

    private static Long number(String value) {
        return Numbers.parseOrNull(value);
    }

    public boolean isOldestFirst() {
        return order == CommentService.Order.OLDEST;
    }

    public List<CommentNode> getNodes() {
        return nodes;
    }

    public long getThreads() {
        return threads;
    }

    public int getPage() {
        return page + 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (threads + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public Long getReplyTo() {
        return replyTo;
    }

    public Long getEditing() {
        return editing;
    }

    public Long getDeleting() {
        return deleting;
    }

    public Long getProposalId() {
        return proposalId;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }
}
