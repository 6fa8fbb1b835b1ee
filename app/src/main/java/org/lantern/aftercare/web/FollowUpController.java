package org.lantern.aftercare.web;

import org.lantern.aftercare.FollowUps;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The follow-up dashboard: what is overdue and what is due this week, for me or for my office. */
@Controller
class FollowUpController {

    private final FollowUps followUps;

    FollowUpController(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping("/aftercare/follow-ups")
    String dashboard(Model model) {
        model.addAttribute("board", followUps.board());
        return "aftercare/follow-ups";
    }
}
