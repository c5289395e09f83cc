package id.go.spbe.platform.testapp;

import id.go.spbe.platform.domain.NotFoundException;
import id.go.spbe.platform.opd.OpdReferences;
import id.go.spbe.platform.security.Caller;
import id.go.spbe.platform.security.Roles;
import id.go.spbe.platform.web.PageRequests;
import id.go.spbe.platform.web.PageResponse;
import jakarta.annotation.security.RolesAllowed;
import id.go.spbe.platform.web.ETags;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.util.List;
import java.util.Set;

@RestController
@RequestMapping("/api/v1/widgets")
class WidgetController {

    record CreateWidget(@NotBlank @Size(max = 40) String name, @NotBlank String opd) {
    }

    record RenameWidget(@NotBlank String name) {
    }

    /** Primitives, so a missing or null field cannot silently become 0/false. */
    record CountWidget(int count, boolean recount, String note) {
    }

    record WidgetResponse(String id, String opd, String name, Long version) {
        static WidgetResponse of(Widget w) {
            return new WidgetResponse(w.id(), w.opd(), w.name(), w.version());
        }
    }

    private final WidgetRepository widgets;
    private final OpdReferences opds;

    WidgetController(WidgetRepository widgets, OpdReferences opds) {
        this.widgets = widgets;
        this.opds = opds;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('DINAS_ADMIN','OPD_OPERATOR')")
    ResponseEntity<WidgetResponse> create(@Valid @RequestBody CreateWidget request, Caller caller) {
        opds.requireKnown(request.opd());
        Widget saved = widgets.save(Widget.create(request.opd(), request.name()));
        return ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(saved.version()))
                .body(WidgetResponse.of(saved));
    }

    @GetMapping("/{id}")
    ResponseEntity<WidgetResponse> get(@PathVariable String id, Caller caller) {
        Widget widget = visible(id, caller);
        return ResponseEntity.ok().eTag(ETags.of(widget.version())).body(WidgetResponse.of(widget));
    }

    @PutMapping("/{id}/name")
    ResponseEntity<WidgetResponse> rename(@PathVariable String id, @Valid @RequestBody RenameWidget request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch, Caller caller) {
        Widget widget = visible(id, caller);
        ETags.checkIfMatch(ifMatch, widget.version());
        widget.rename(request.name());
        Widget saved = widgets.save(widget);
        return ResponseEntity.ok().eTag(ETags.of(saved.version())).body(WidgetResponse.of(saved));
    }

    @PostMapping("/{id}/archive")
    WidgetResponse archive(@PathVariable String id, Caller caller) {
        Widget widget = visible(id, caller);
        widget.archive();
        return WidgetResponse.of(widgets.save(widget));
    }

    @GetMapping
    PageResponse<WidgetResponse> list(@RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
            @RequestParam(required = false) List<String> sort, Caller caller) {
        String scope = caller.listScope(null);
        var request = PageRequests.of(page, size, sort, Set.of("name"), Sort.by("name"));
        return PageResponse.of(scope == null ? widgets.findAll(request) : widgets.findByOpd(scope, request),
                WidgetResponse::of);
    }

    /** Dinas only, declared with the Jakarta annotation and a {@link Roles} constant. */
    @PostMapping("/{id}/count")
    @RolesAllowed(Roles.DINAS_ADMIN)
    WidgetResponse count(@PathVariable String id, @RequestBody CountWidget request, Caller caller) {
        return WidgetResponse.of(visible(id, caller));
    }

    @PostMapping(path = "/{id}/attachment", consumes = "multipart/form-data")
    @RolesAllowed({Roles.DINAS_ADMIN, Roles.OPD_OPERATOR})
    ResponseEntity<Void> attach(@PathVariable String id, @RequestPart("file") MultipartFile file, Caller caller) {
        visible(id, caller);
        return ResponseEntity.noContent().build();
    }

    private Widget visible(String id, Caller caller) {
        return caller.visible(widgets.findById(id), Widget::opd)
                .orElseThrow(() -> new NotFoundException("Widget", id));
    }
}
