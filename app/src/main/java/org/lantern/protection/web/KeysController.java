package org.lantern.protection.web;

import org.lantern.audit.AuditAction;
import org.lantern.audit.AuditLog;
import org.lantern.protection.KeyRotation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Key rotation for administrators (the path requires KEYS_MANAGE); every action is audited. */
@Controller
@RequestMapping("/admin/keys")
class KeysController {

    private final KeyRotation rotation;
    private final AuditLog audit;

    KeysController(KeyRotation rotation, AuditLog audit) {
        this.rotation = rotation;
        this.audit = audit;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("status", rotation.status());
        return "protection/keys";
    }

    @PostMapping("/rotate")
    String rotate(RedirectAttributes redirect) {
        int key = rotation.rotate();
        audit.record(AuditAction.ADMINISTER, "keyset", key, "ok", "rotated");
        redirect.addFlashAttribute("rotatedKey", key);
        return "redirect:/admin/keys";
    }

    @PostMapping("/reencrypt")
    String reencrypt(RedirectAttributes redirect) {
        boolean started = rotation.reencryptInBackground();
        audit.record(AuditAction.ADMINISTER, "keyset", null, started ? "ok" : "already running", "re-encrypt");
        redirect.addFlashAttribute("notice", "keys.reencryptStarted");
        return "redirect:/admin/keys";
    }
}
